import Messages
import Testing

/// Issue 13: the progress line says when the count of a step is an upper
/// bound, because some of its questions depend on the answers.
@Suite struct ProgressWordsTests {
    /// "question 8 of up to 13" when some questions may not be asked, "of 13" otherwise.
    @Test func englishSaysUpToForAnUpperBound() throws {
        let flow = try #require(Messages.in("en")).flow
        #expect(
            flow.progress(step: 0, of: 4, stepTitle: "About your city", question: 8, of: 13, atMost: true)
                == "[Before step 1 · About your city · question 8 of up to 13]")
        #expect(
            flow.progress(step: 2, of: 4, stepTitle: "Partners", question: 3, of: 9, atMost: false)
                == "[Step 2 of 4 · Partners · question 3 of 9]")
    }

    /// 最多 for an upper bound, 共 for an exact count.
    @Test func chineseSaysZuiduoForAnUpperBound() throws {
        let flow = try #require(Messages.in("zh")).flow
        #expect(
            flow.progress(step: 0, of: 4, stepTitle: "城市基本情况", question: 8, of: 13, atMost: true)
                == "[准备阶段 · 城市基本情况 · 第 8 题（最多 13 题）]")
        #expect(
            flow.progress(step: 3, of: 4, stepTitle: "协议", question: 2, of: 7, atMost: false)
                == "[第 3 步（共 4 步）· 协议 · 第 2 题（共 7 题）]")
    }
}
