import Foundation
import PlanModel
import Storage
import Testing

/// Issue 11, "Done means": the built-in questionnaire run in Chinese on a
/// pseudo-terminal of 80×24, start to finish, as a Chinese city's team would:
/// the language from the locale (`LANG=zh_CN.UTF-8`), Chinese answers, Chinese
/// choice names completed with Tab (also after "，"), numbers separated by
/// "，" and "、", 是/否, `：back`, an obstacle kind guessed from a Chinese
/// weakness, and only the Chinese side's funding sources offered.
@Suite(.serialized) struct BuiltInChineseSessionEndToEndTests {
    /// What the screen shows, then what the team types (`\t` is Tab, `\r` Enter).
    static let script: [(shows: String, types: String)] = [
        ("贵市的名称是什么？（必答）", "宁波\r"),
        ("贵市位于哪个国家？（必答）", "中国\r"),
        ("贵市是欧洲城市还是中国城市？（必答）", "中\t\r"),
        ("贵市属于哪个省或地区？", "浙江省\r"),
        ("贵市由哪个部门或团队负责国际交往？", "宁波市外事办公室\r"),
        ("贵市有多少人从事国际交往工作？", "：back\r"),
        // Back at the office question, the answer given is on the line to keep or edit.
        ("> 宁波市外事办公室", "\r"),
        ("贵市有多少人从事国际交往工作？", "6\r"),
        ("哪些四螺旋主体参与了本次规划？", "政府，企\t、4\r"),
        ("贵市是否已有或打算接触某个特定的合作城市？（必答）", "是\r"),
        ("合作城市的名称是什么？（必答）", "诺丁汉\r"),
        ("合作城市位于哪个国家？", "英国\r"),
        ("双方合作关系是哪一年正式确立的？", "2005\r"),
        ("与该城市的协议已到哪一级？", "2\r"),
        ("目前双方的合作关系处于什么状态？", "活跃\r"),
        ("贵市的人口规模大约是多少？", "5\r"),
        ("贵市是否为沿海或港口城市？", "是\r"),
        ("贵市的主导产业有哪些？", "\r"),
        ("优势 1> ", "宁波舟山港是世界货物吞吐量最大的港口之一\r"),
        ("合作领域（输入编号或名称，多个用逗号分隔；留空则不标注）> ", "6，7\r"),
        ("提出方（输入编号或名称；留空则跳过）> ", "企\t\r"),
        ("优势 2> ", "\r"),
        ("劣势 1> ", "国际合作经费有限\r"),
        ("合作领域（输入编号或名称，多个用逗号分隔；留空则不标注）> ", "\r"),
        ("提出方（输入编号或名称；留空则跳过）> ", "1\r"),
        ("障碍类型（输入编号或名称，多个用逗号分隔）> 资金与资源", "\r"),
        ("劣势 2> ", "\r"),
        ("机遇 1> ", "借助诺丁汉的经验发展智慧港口和低碳物流\r"),
        ("合作领域（输入编号或名称，多个用逗号分隔；留空则不标注）> ", "1，2，6\r"),
        ("提出方（输入编号或名称；留空则跳过）> ", "\r"),
        ("机遇 2> ", "\r"),
        ("挑战 1> ", "\r"),
        ("条目 1> ", "外办欧洲处处长\r"),
        ("条目 2> ", "\r"),
        ("本市有谁已经认识潜在的合作城市？", "宁波诺丁汉大学的校友\r"),
        ("条目 2> ", "\r"),
        ("本市目前已有哪些类型的联系？", "1，4，7\r"),
        ("贵市将通过哪些城市对接渠道寻找更多合作城市？", "1，6\r"),
        ("应当参加哪些主题的城市对接活动？", "1\r"),
        ("可以先组织一次什么样的人文交流？", "每年选派青年干部赴诺丁汉市政府培训\r"),
        ("单选：输入编号或名称。", "港口\t\r"),
        ("请描述您设想的首个经贸代表团。", "组织宁波港航企业赴诺丁汉考察物流园区\r"),
        ("哪些桥梁机构可以帮助维系合作，在双方当地沟通联络？", "1，5\r"),
        ("两市目前已签署了哪些协议？", "\u{15}1\r"),
        ("谅解备忘录或友好城市关系协议书是哪一年签署的？", "\u{15}2005\r"),
        ("可多选：输入编号或名称，多个用逗号分隔。", "2，6，15\r"),
        ("两市是否已确定一个具体的合作项目？", "否\r"),
        ("合作关系的日常工作由谁负责？", "2\r"),
        ("将有多少人负责这项合作？", "2\r"),
        ("合作经费将从哪里来？", "1\r"),
        ("今年这项合作的资源是否充足？（必答）", "2\r"),
        ("市长或上级政府是否支持这项合作？", "是\r"),
        ("贵市的五年行动计划从哪一年开始？", "\u{15}2027\r"),
        ("将跟踪哪些可衡量的指标？", "每年互访的代表团数量\r"),
        ("条目 2> ", "\r"),
        ("如何让市民了解合作取得的成果？", "1，3\r"),
        ("是否保存了合作关系的联系人和活动记录？", "否\r"),
    ]

    @Test func aChineseCityAnswersTheWholeQuestionnaireInChinese() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url, arguments: ["--session", "nb.json"], directory: directory,
            environment: ["LANG": "zh_CN.UTF-8"], columns: 80, rows: 24)
        try wizard.expect("每答完一题都会自动保存，保存位置：nb.json")
        for (shows, types) in Self.script {
            try wizard.expect(shows)
            // Type only once the line editor is ready, at its prompt.
            if !shows.contains("> ") { try wizard.expect("> ") }
            wizard.type(types)
        }
        try wizard.expect("所有问题均已处理完毕。会话已保存在 nb.json。")
        #expect(try wizard.waitForExit() == 0)

        let screen = wizard.screen
        #expect(screen.contains("== 建议 =="))
        #expect(screen.contains("合作健康检查（成功合作的五个特征，报告 §3）："))
        #expect(screen.contains("五年行动计划 2027–2031"))
        // A Chinese city is offered its own funding sources, not the council's or EU funds.
        #expect(screen.contains("外事办公室的交流互访预算"))
        #expect(!screen.contains("欧盟资金"))
        let summary = try #require(screen.range(of: "== 建议 ==")).lowerBound
        for line in screen[summary...].split(separator: "\n") {
            #expect(line.displayWidth <= 80, "\(line) is \(line.displayWidth) columns")
        }

        let session = try SessionFile().load(from: directory.appendingPathComponent("nb.json"))
        #expect(session.language == "zh")
        #expect(session.answers["city-side"] == .text("chinese"))
        #expect(session.answers["helix-involved"] == .texts(["government", "industry", "civil-society"]))
        #expect(session.answers["existing-link-types"] != nil)
        #expect(session.answers["funding-sources"] == .texts(["foreign-affairs-office-budget"]))
        guard case .swocEntries(let weaknesses)? = session.answers["weaknesses"] else {
            Issue.record("no weaknesses saved")
            return
        }
        #expect(weaknesses.map(\.text) == ["国际合作经费有限"])
        #expect(weaknesses.first?.obstacles == ["funding"])
    }
}
