import PlanModel

/// `FlowMessages` in Simplified Chinese, with the terms of the glossary (GLOSSARY-zh).
///
/// Written for a Foreign Affairs Office team reading a projector: short
/// sentences, what to type said plainly. Commands stay `:back`, `:help` …;
/// the wizard also takes them with the full-width colon (`：back`).
struct ChineseFlowMessages: FlowMessages {
    // MARK: Start and end of a run

    func savedAfterEveryQuestion(path: String) -> String {
        "每答完一题都会自动保存，保存位置：\(path)"
    }
    let helpAtAnyQuestion = "在任一问题处输入 :help，可查看填写说明和全部命令。"
    let sessionFileNotCreated = "无法创建会话文件，因此尚未开始提问"
    let latestAnswersLost = "最新的回答未能保存，向导退出后将会丢失"
    func everyQuestionDealtWith(path: String) -> String {
        "所有问题均已处理完毕。会话已保存在 \(path)。"
    }
    let fullPlanLabel = "完整计划："
    let asDataLabel = "JSON 数据："
    let changesSinceLastRoundLabel = "与上一轮相比的变化："
    let continueLaterLabel = "以后继续填写："
    func savedTo(path: String) -> String { "已保存到 \(path)。" }

    // MARK: Steps and progress

    func stepBanner(number: Int, of count: Int, title: String, source: String) -> String {
        let heading = number > 0 ? "第 \(number) 步（共 \(count) 步）：\(title)" : title
        return "== \(heading) ==" + (source.isEmpty ? "" : "  （报告 \(ReportCitation.chinese(source))）")
    }

    func progress(
        step: Int, of stepCount: Int, stepTitle: String, question: Int, of questionCount: Int, atMost: Bool
    ) -> String {
        let place = step > 0 ? "第 \(step) 步（共 \(stepCount) 步）· \(stepTitle)" : "准备阶段 · \(stepTitle)"
        return "[\(place) · 第 \(question) 题（\(atMost ? "最多" : "共") \(questionCount) 题）]"
    }

    let requiredMark = "（必答）"

    func hint(for kind: QuestionKind) -> String? {
        switch kind {
        case .multipleChoice: return "可多选：输入编号或名称，多个用逗号分隔。按 Tab 键可补全名称。"
        case .singleChoice: return "单选：输入编号或名称。按 Tab 键可补全名称。"
        case .yesNo: return "请输入“是”或“否”"
        case .number: return "请输入数字"
        case .year: return "请输入年份，例如 2004"
        case .date: return "请按“年-月-日”输入日期，例如 2019-11-07"
        case .list, .swoc: return "每行填写一条，填完后在空行直接按回车即可结束。输入 :help 可查看说明。"
        case .shortText, .longText: return nil
        }
    }

    func yesNo(_ flag: Bool) -> String { flag ? "是" : "否" }
    let yesNoNames = ["是", "否"]
    /// The enumeration comma, which the parser also reads as a separator.
    let labelSeparator = "、"

    // MARK: Lists and SWOC entries

    func earlierEntriesFirst(count: Int, tagged: Bool) -> String {
        "先逐条显示此前填写的 \(count) 条内容："
            + (tagged ? "按回车连同标注一并保留；修改文字即可更改该条及其标注；" : "按回车保留；修改文字即可更改；")
            + "清空该行（或输入 :drop）即删除；输入 :back 回到上一条；输入 :keep 保留本条及其余各条，然后填写新的内容。"
    }

    func entryPrompt(quadrant: SwocQuadrant?, number: Int) -> String {
        "\(quadrant.map(QuadrantNames.chinese) ?? "条目") \(number)"
    }

    func entryRemoved(_ text: String) -> String { "已删除：\(text)" }
    func entryKept(details: String) -> String { details.isEmpty ? "  已保留" : "  已保留\(details)" }
    func keptTheRest(count: Int) -> String {
        "此前的其余 \(count) 条已原样保留。请填写新的内容，或在空行直接按回车结束。"
    }
    let nothingLeftToKeep = "此前的内容已全部处理，没有可保留的了。请填写新的内容，或在空行直接按回车结束列表。"

    func stepHasNoQuestions(number: Int, title: String) -> String {
        "根据目前的回答，第 \(number) 步（\(title)）没有需要贵市回答的问题：这些问题取决于前面的回答"
            + "（例如协议部分的问题要先在准备阶段填写合作城市后才会提出）。"
    }

    func whichMatterMost(quadrant: SwocQuadrant?, limit: Int) -> String {
        let entries = quadrant.map(QuadrantNames.chinese) ?? "条目"
        return "以上\(entries)中哪几条最重要？最多选 \(limit) 条，输入编号，用逗号分隔；都不选请直接回车。"
            + "合作规划和战略将优先考虑这些条目（报告 §1.1）。"
    }
    let matterMostPrompt = "最重要"
    func priorityProblem(_ problem: PriorityChoice.Problem) -> String {
        switch problem {
        case .notANumber(let typed):
            return "“\(typed)”不是条目编号。请输入上面列出的编号，例如 1、3。"
        case .noSuchEntry(let number, let count):
            return "没有第 \(number) 条：编号为 1 至 \(count)。"
        case .tooMany(let limit):
            return "最多选 \(limit) 条，这样选出的条目才能真正突出重点。"
        }
    }
    func prioritiesMarked(_ count: Int) -> String {
        count == 0 ? "  未标记任何条目。" : "  已将 \(count) 条标记为最重要（★）。"
    }
    let nothingToRemove = "此处没有可删除的条目。请填写一条内容，或直接按回车结束列表。"
    let areasToTagWith = "可为各条标注的合作领域："
    let areasPrompt = "合作领域（输入编号或名称，多个用逗号分隔；留空则不标注）"
    let whoRaisedIt = "提出方："
    let raisedByPrompt = "提出方（输入编号或名称；留空则跳过）"
    let obstacleKindsIntro = "障碍类型（如能从该条的文字推测出类型，会预先填在输入行上，按回车即可采用）："
    let obstaclePrompt = "障碍类型（输入编号或名称，多个用逗号分隔）"

    // MARK: Navigation and commands

    let passedOver = "还有一些跳过的问题，现在逐一补答。"
    let restOfRevival = "接下来是其余各项回答：按回车保留原答案，或直接修改。"
    let neededBeforeComplete = "此题必须回答，会话才能完成。"
    let firstQuestion = "这已是第一题，前面没有问题了。"
    let cannotSkip = "此题不能跳过，计划要以此为依据。输入 :help 可查看原因。"
    func skipped(earlierAnswerKept: Bool) -> String {
        earlierAnswerKept ? "已跳过，保留原来的回答。" : "已跳过。"
    }
    let cannotClear = "此题必须回答，不能留空。输入 :help 可查看原因。"
    let answerRemoved = "回答已删除。"

    func unknownStep(_ typed: String, steps: [(number: Int, title: String)]) -> String {
        let opening = typed.isEmpty ? "要跳到哪一步？" : "没有“\(typed)”这一步。"
        let list = steps.map { "\($0.number) \($0.title)" }.joined(separator: "、")
        return "\(opening)可选步骤：\(list)。例如：:goto 2"
    }

    func unknownCommand(_ typed: String, commands: [String]) -> String {
        "\(typed) 不是向导命令。可用命令：\(commands.joined(separator: " "))"
    }

    let commandSummary = """
        在任一问题处都可以输入以下命令（冒号也可用全角“：”）：
          :back         返回上一题（在列表中返回上一条）
          :skip         暂时跳过此题（必答题除外）
          :clear        删除显示的回答（在列表中删除当前这一条；也可用 :drop）
          :keep         在列表中保留当前这条及此前的其余各条，然后填写新的内容
          :help         说明此题及其依据的指南内容
          :review       列出目前为止的全部回答
          :goto 步骤    跳到某一步：0（城市基本情况）、1、2、3 或 4
          :save         立即保存（向导在每次回答后也会自动保存）
          :quit         保存并退出；以后可用 `swoc-wizard resume` 继续
        """

    // MARK: Help

    func guideline(source: String) -> String { "指南依据：报告 \(ReportCitation.chinese(source))" }
    let choicesHeading = "选项："
    let areasInHelp = "可为条目标注的合作领域："
    let obstaclesInHelp = "可为条目标注的障碍类型（可选多项）："

    // MARK: Review

    let answersSoFar = "目前的回答："
    func reviewStep(number: Int, title: String) -> String {
        number > 0 ? "第 \(number) 步：\(title)" : title
    }
    /// "城市名称：罗马"; after a prompt that ends in "？" no colon is added.
    func reviewLine(prompt: String, answer: String?) -> String {
        let endsInPunctuation = prompt.last.map { "？：。）".contains($0) } ?? false
        let lead = endsInPunctuation ? prompt : prompt + "："
        return answer.map { lead + (endsInPunctuation ? " " : "") + $0 } ?? lead
    }
    func entryDetails(areas: String?, actor: String?) -> String {
        let parts = [areas, actor.map { "提出方：" + $0 }].compactMap { $0 }
        return parts.isEmpty ? "" : "（\(parts.joined(separator: "；"))）"
    }
    let nothingAnsweredYet = "（尚未回答任何问题）"
    func notAnsweredYet(count: Int) -> String { "还有 \(count) 个问题尚未回答。" }

    // MARK: Saving

    func couldNotSave(reason: String) -> String { "无法保存：\(reason)" }
    let noTerminalToAskWhere = "没有终端，无法询问其他保存位置，向导就此停止。"
    let askForAnotherPlace = "请输入另一个保存文件的路径，或直接按回车再试一次原来的位置。"
    let saveToPrompt = "保存到"
    let latestAnswersNotSaved = "最新的回答没有保存。"
    func alreadyExists(path: String) -> String {
        "\(path) 已存在，不会改动它。请另取一个新的文件名。"
    }

    // MARK: On the projector

    let areasReminder = "合作领域同前：输入 ? 可再次列出；按 Tab 键可补全名称。"
    let actorsReminder = "提出方选项同前：输入 ? 可再次列出；按 Tab 键可补全名称。"
    let obstaclesReminder = "障碍类型同前：输入 ? 可再次列出；按 Tab 键可补全名称。"
    let choicesReminder = "选项同前：输入 ? 可再次列出；按 Tab 键可补全名称。"
    let morePrompt = "— 按回车查看更多 · 输入 q 停止 — "
    let stopPagingWords = ["q", "quit", "stop", "停止", "退出"]
}
