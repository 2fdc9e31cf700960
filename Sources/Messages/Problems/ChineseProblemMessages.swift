import PlanModel
import Storage

/// `ProblemMessages` in Simplified Chinese, with the terms of the glossary (GLOSSARY-zh).
struct ChineseProblemMessages: ProblemMessages {
    func answer(_ problem: AnswerProblem) -> String {
        switch problem {
        case .required:
            return "此题必须回答，计划要以此为依据。输入 :help 可查看原因。"
        case .tooLong(let length, let limit):
            return "这条回答有 \(length) 个字符，一条回答最多 \(limit) 个字符。请缩短，或分成几条。"
        case .notAChoice(let input, let count, let suggestions):
            let hint = suggestions.isEmpty ? "" : "您是不是想选“\(suggestions.joined(separator: "”或“"))”？"
            return "“\(MessageText.shortened(input))”不在选项之中。\(hint)"
                + "请输入 1 到 \(count) 之间的编号、选项名称或名称的开头几个字，或输入 ? 再次列出选项（按 Tab 键可补全名称）。"
        case .ambiguousChoice(let input, let candidates):
            return "“\(MessageText.shortened(input))”可能是“\(candidates.joined(separator: "”或“"))”。请多输入几个字，或输入编号。"
        case .repeatedChoice(let label):
            return "“\(label)”重复出现，每个选项只需填写一次。"
        case .notYesNo(let input):
            return "“\(MessageText.shortened(input))”不是“是”或“否”。请输入“是”或“否”（也可输入 y 或 n）。"
        case .notANumber(let input):
            return "“\(MessageText.shortened(input))”不是数字。请只输入数字，例如 3 或 2.5。"
        case .notAYear(let input):
            return "“\(MessageText.shortened(input))”不是年份。请输入四位数字，例如 2004。"
        case .notADate(let input):
            return "“\(MessageText.shortened(input))”不是日期。请按“年-月-日”输入，例如 2019-11-07。"
        case .outOfRange(let minimum, let maximum):
            switch (minimum, maximum) {
            case (let low?, let high?):
                return "请输入 \(MessageText.number(low)) 到 \(MessageText.number(high)) 之间的数值。"
            case (let low?, nil): return "请输入不小于 \(MessageText.number(low)) 的数值。"
            case (nil, let high?): return "请输入不大于 \(MessageText.number(high)) 的数值。"
            case (nil, nil): return "该数值超出范围。"
            }
        case .tooShort(let minimum):
            return "请至少填写 \(minimum) 个字符。"
        case .tooManyCharacters(let maximum):
            return "这条回答请不要超过 \(maximum) 个字符。"
        case .patternMismatch:
            return "回答的格式不符合要求。输入 :help 可查看示例。"
        case .noneWithOtherObstacles(let label):
            return "“\(label)”不能与其他障碍类型同时选择。请只保留“\(label)”，或删除它，保留合适的类型。"
        case .custom(let message):
            return message
        }
    }

    func sessionFile(_ error: SessionFileError) -> String {
        switch error {
        case .missing(let path):
            return "找不到会话文件 \(path)。请检查文件名，或用 `swoc-wizard` 开始新的会话。"
        case .unreadable(let path, let reason):
            return "无法读取会话文件 \(path)（\(fileReason(reason))）。"
        case .empty(let path):
            return "会话文件 \(path) 是空的，没有可以继续的内容。如果团队的回答保存在别的文件里，请打开那个文件。"
        case .notJSON(let path, let detail):
            return "会话文件 \(path) 已损坏，或者不是会话文件（\(detail)）。文件未作任何改动。"
        case .wrongShape(let path, let field, let detail):
            return "会话文件 \(path) 看起来不是 swoc-wizard 的会话：\(field) 处 \(detail)。文件未作任何改动。"
        case .invalidValue(let path, let field, let detail):
            return "会话文件 \(path) 的 \(field) 处有一个 swoc-wizard 无法使用的值：\(detail)。"
                + "请用文本编辑器在文件中改正，或使用团队此前保存的副本；文件未作任何改动。"
        case .newerVersion(let path, let found, let supported):
            return "会话文件 \(path) 由更新版本的 swoc-wizard 写入（格式 \(found)；本版本最高只能读取格式 \(supported)）。"
                + "请更新 swoc-wizard；文件未作任何改动。"
        case .otherQuestionnaire(let path, let found, let expected):
            return "会话文件 \(path) 是用问卷“\(found)”建立的，而当前加载的是“\(expected)”。"
                + "请用 --questionnaire 指定对应的问卷文件夹。"
        case .unwritable(let path, let reason):
            return "会话无法保存到 \(path)（\(fileReason(reason))）。"
        case .cannotLock(let path, let reason):
            return "无法以写入方式打开 \(path)：\(fileReason(reason))。没有改动任何内容。"
                + "请把会话保存在您有写入权限的文件夹里，或联系该文件夹的管理者。"
        case .inUse(let path, let process):
            let who = process.map { "（进程 \($0)）" } ?? ""
            return "\(path) 已在另一个 swoc-wizard 中打开\(who)。请先完成或关闭那一个：两个向导同时写入同一个会话会丢失回答。"
                + "如果那个向导已经崩溃，直接重试即可。"
        }
    }

    func output(_ failure: OutputFailure) -> String {
        switch failure {
        case .exists(let path):
            return "\(path) 已存在。如要替换，请加上 --force；或用 --output 另选文件名。"
        case .wouldReplaceSession(let path):
            return "\(path) 是 swoc-wizard 的会话文件：团队的回答绝不会被文档覆盖，加上 --force 也不行。请用 --output 另选文件名。"
        case .isFolder(let path):
            return "\(path) 是文件夹。请用 --output 给出该文件夹中的一个文件名。"
        case .danglingLink(let path, let target):
            return "\(path) 是指向 \(target) 的符号链接，而该文件并不存在。请用 --output 给出真实的文件名。"
        case .cannotWrite(let path, let reason):
            return cannotWrite(path: path, reason: reason)
        }
    }

    func reason(_ phrase: String) -> String {
        if let known = WriteFailure.Reason(rawValue: phrase) {
            switch known {
            case .noPermission: return "没有在该文件夹中写入的权限"
            case .diskFull: return "磁盘已满"
            case .noFolder: return "文件夹不存在"
            case .readOnly: return "磁盘为只读"
            case .notAFolder: return "路径中有一部分是文件而不是文件夹"
            case .symbolicLink: return "该路径是符号链接，此处不会跟随符号链接"
            case .isFolder: return "这是一个文件夹"
            case .diskError: return "磁盘报告了错误"
            case .noTemporaryFile: return "无法在该文件夹中创建临时文件"
            }
        }
        return phrase
    }

    func fileReason(_ reason: FileReason) -> String {
        switch reason {
        case .phrase(let phrase): self.reason(phrase)
        case .noReadPermission: "没有读取权限"
        case .doesNotExist: "文件不存在"
        case .isAFolder: "这是文件夹，不是文件"
        case .notAPlainFile: "这不是普通文件（而是设备、管道或套接字）"
        case .tooLarge(let limit): "文件超过 \(limit >> 20) MB，远大于任何会话或回答文件"
        case .folderMissing(let folder): "文件夹 \(folder) 不存在，请先创建"
        case .folderIsAFile(let folder): "\(folder) 是文件，不是文件夹"
        case .lockNotAPlainFile(let name): "会话文件旁边的 \(name) 不是普通文件"
        case .lockIsALink(let name): "会话文件旁边的 \(name) 是符号链接，可能指向任何位置"
        case .lockNotOpenable(let name): "它的锁文件 \(name) 无法打开（属于其他用户，或权限不允许）"
        case .lockNotCreatable(let name, let because): "无法创建锁文件 \(name)：\(fileReason(because))"
        case .notEncodable(let detail): "回答无法编码：\(detail)"
        }
    }

    func questionnaireProblems(directory: String, count: Int) -> String {
        "\(directory) 中的问卷有 \(count) 处问题，改正之前向导无法启动："
    }

    func rulesProblems(directory: String, count: Int) -> String {
        "\(directory) 中的计划规则有 \(count) 处问题，改正之前向导无法启动："
    }

    func inputEndedOnRefusedAnswer(question: String) -> String {
        "输入在问题 \(question) 的一个未被接受的回答之后结束（原因见上文）。此前的回答均已保存；请改正该行后重新运行，或用 resume 继续会话。"
    }

    func questionnaireNotFound() -> String {
        "找不到内置的问卷文件。请用 --questionnaire 指定存放 manifest.yaml 的文件夹，例如 --questionnaire questionnaires"
    }

    func rulesNotFound() -> String {
        "找不到内置的规则文件。请用 --rules 指定存放规则文件（manifest.yaml、activities.yaml 等）的文件夹，例如 --rules rules"
    }

    func answersFileProblems(path: String, count: Int) -> String {
        "\(path) 中的回答暂时无法使用（共 \(count) 处问题）："
    }

    func answersFileNothingSaved() -> String {
        "没有保存任何内容。请改正以上问题后重新运行命令。"
    }

    func sessionExists(path: String, resume: String) -> String {
        "\(path) 已存在，新的会话会将其覆盖。如要继续这个会话：\(resume)；或用 --session 另选文件名。"
    }

    func unreadableFile(path: String, reason: FileContents.Failure?) -> String {
        guard let reason else { return "无法读取 \(path)：请检查文件名，并确认文件存在。" }
        return "无法读取 \(path)：\(fileReason(reason.fileReason))。"
    }

    func standardOutput(reason: String) -> String {
        "结果无法写入标准输出（\(self.reason(reason))）；已写出的内容不完整。"
    }

    func cannotWrite(path: String, reason: String) -> String {
        "无法写入 \(path)（\(self.reason(reason))）。"
    }

    func outputIsTheSession(path: String) -> String {
        "无法写入 \(path)（这就是会话文件本身；请为计划另选文件名）。"
    }

    func planLanguageUnavailable(_ code: String, available: [String]) -> String {
        "无法撰写“\(code)”版计划：问卷、计划规则和向导本身的文字并非都有这种语言的版本。"
            + "可用的语言：\(available.joined(separator: "、"))。"
    }

    func planRulesDiffer(_ first: String, _ second: String, onlyFirst: [String], onlySecond: [String]) -> String {
        let parts =
            (onlyFirst.isEmpty ? [] : ["仅 \(first) 版有：\(onlyFirst.joined(separator: "、"))"])
            + (onlySecond.isEmpty ? [] : ["仅 \(second) 版有：\(onlySecond.joined(separator: "、"))"])
        return "\(first) 版计划与 \(second) 版计划采用的规则不同（\(parts.joined(separator: "；"))），无法并列成一份双语计划。"
            + "规则文件或问卷对这两种语言的处理不一致：请分别导出每种语言的计划，并告知文件的维护人员。未写入任何内容。"
    }

    func planShapesDiffer(_ first: String, _ second: String, at keys: [String]) -> String {
        "\(first) 版计划与 \(second) 版计划在“\((["计划"] + keys).joined(separator: " › "))”处不一致，无法并列成一份双语计划。"
            + "请分别导出每种语言的计划，并告知文件的维护人员。未写入任何内容。"
    }

    func unknownStep(_ name: String, available: String) -> String {
        "没有“\(name)”这一步。可选的步骤：\(available)。"
    }

    func invalidSessionPath(_ path: String, problem: SessionPathProblem) -> String {
        let reason: String
        switch problem {
        case .namesNoFile: reason = "这不是文件名；请给出文件名，例如 ningbo.json"
        case .danglingLink(let target): reason = "这是指向 \(target) 的符号链接，而该文件并不存在；请给出真实的文件名"
        case .isFolder: reason = "这是文件夹；请给出该文件夹中的文件名"
        }
        return "无法把会话保存到“\(path)”：\(reason)。"
    }

    func unknownLanguage(_ code: String, available: [String]) -> String {
        "问题没有“\(code)”版本。可用的语言：\(available.joined(separator: "、"))。"
    }

    func languageIncomplete(
        _ code: String, questionnaireMissing: Int, rulesMissing: Int, available: [String], list: String,
        resume: String?
    ) -> String {
        let total = questionnaireMissing + rulesMissing
        let switching = resume.map { "如要改用其他语言继续：\($0) --language \(available.first ?? "en")。" }
        return "还有 \(total) 条文字没有译成“\(code)”：问卷中 \(questionnaireMissing) 条，规则中 \(rulesMissing) 条，"
            + "因此向导无法用这种语言运行。如需列出这些文字：\(list)。"
            + (switching ?? "已可使用的语言：\(available.joined(separator: "、"))。")
    }

    func languageNotSpoken(_ code: String, spoken: [String]) -> String {
        "问题和计划规则已有“\(code)”版本，但向导本身的文字（提示、标题和帮助）还没有。"
            + "向导可用的语言：\(spoken.joined(separator: "、"))。请用 --language 选择其中一种。"
    }

    func translationsMissing(_ code: String, questionnaireMissing: Int, rulesMissing: Int, messagesSpoken: Bool)
        -> String
    {
        let total = questionnaireMissing + rulesMissing
        let files =
            total == 0
            ? "问卷和规则中的所有文字都已有“\(code)”版本。"
            : "还有 \(total) 条文字没有译成“\(code)”：问卷中 \(questionnaireMissing) 条，规则中 \(rulesMissing) 条"
                + "（见上方列表，附文件和行号）。"
        let program =
            messagesSpoken ? "" : "向导本身的文字也还没有“\(code)”版本：它们在 Sources/Messages 中，每个部分每种语言一个类型。"
        return files + program
    }

    func oneRoundOnly(_ file: String, revive: String) -> String {
        "\(file) 只有一轮，没有可以比较的轮次。如要开始新的一轮：\(revive)"
    }

    func noSuchRound(_ number: Int, file: String, rounds: Int) -> String {
        let available = rounds == 1 ? "只有一轮" : "共有第 1 至第 \(rounds) 轮"
        return "\(file) \(available)，没有第 \(number) 轮。"
    }

    func nothingBeforeTheFirstRound() -> String {
        "第 1 轮是最早的一轮，之前没有可以比较的轮次。请与之后的一轮比较：--from 1 --to 2"
    }

    func roundsInWrongOrder(earlier: Int, later: Int) -> String {
        "--from 应当是比 --to 更早的一轮（此处为 \(earlier) 和 \(later)），例如 --from 1 --to 2。"
    }

    func sameSession(_ first: String, _ second: String) -> String {
        "\(first) 和 \(second) 是同一个会话。请给出两个城市各自的会话文件。"
    }

    func skippedCandidate(_ error: SessionFileError) -> String {
        switch error {
        case .empty: return "空文件"
        case .notJSON, .wrongShape: return "不是 swoc-wizard 会话，或已损坏"
        case .newerVersion(_, let found, _): return "由更新版本的 swoc-wizard 写入（格式 \(found)）；请更新 swoc-wizard 后再纳入"
        case .otherQuestionnaire(_, let found, _): return "用另一份问卷建立（\(found)）"
        case .unreadable: return "无法读取（没有权限，或不是文件）"
        case .invalidValue(_, let field, _): return "在 \(field) 处有无法使用的值"
        default: return sessionFile(error)
        }
    }

    func skippedCopyOfCity() -> String {
        "与本市自己的会话文件是同一个会话"
    }
}
