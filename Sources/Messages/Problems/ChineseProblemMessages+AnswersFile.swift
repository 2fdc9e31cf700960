import PlanModel

/// The problems of an answers file in Chinese, worded for someone editing a
/// file rather than typing at the wizard's prompt (issue 13): each names its
/// place (`strengths[2].actor`, entries counted from 1), the ids accepted, and
/// the nearest one to a typo.
extension ChineseProblemMessages {
    func answersFileProblem(_ problem: AnswersImport.Problem) -> String {
        let place = problem.questionID == AnswersImport.Problem.wholeFile ? "整个文件" : problem.path
        let entry = problem.entry.map { "（第 \($0) 条）" } ?? ""
        return ControlCharacters.visible("\(place)\(entry)：\(what(problem.kind))")
    }

    private func what(_ kind: AnswersImport.Problem.Kind) -> String {
        switch kind {
        case .emptyFile: return "文件是空的"
        case .duplicateKeys(let line, let keys):
            let names = keys.map { "“\($0)”" }.joined(separator: "、")
            return "第 \(line) 行：键 \(names) 在同一块中出现了两次（第一次在这一行），请只保留一个"
        case .notYAML(let line, let column, let reason):
            guard let reason else { return "无法按 YAML 或 JSON 读取" + (line.map { "（第 \($0) 行）" } ?? "") }
            let place = line.map { "第 \($0) 行" + (column.map { "第 \($0) 列" } ?? "") + "：" } ?? ""
            return "\(place)无法按 YAML 或 JSON 读取，YAML 解析器给出的原因（英文）是：\(reason)。请检查该行及上一行的缩进和引号"
        case .notAMapping: return "应当把问题编号对应到回答（例如 `city-name: 宁波`）"
        case .unknownQuestion(let nearest):
            let hint = nearest.map { "，您是不是想写“\($0)”？" } ?? ""
            return "没有这个编号的问题\(hint)（`swoc-wizard template` 会列出全部编号）"
        case .requiredButMissing: return "此题必须回答，但文件中没有"
        case .notAsked: return "未采用：根据其他回答，这个问题不会被问到"
        case .answer(let problem): return fileAnswer(problem)
        case .unknownChoice(let given, _, let accepted, let nearest):
            let hint = nearest.map { "您是不是想写“\($0)”？" } ?? ""
            return "“\(MessageText.shortened(given))”不是可用的选项编号。\(hint)可用的编号：\(accepted.joined(separator: "、"))"
        case .expectedEntries: return "这里应当是条目列表（每行以“- ”开头）"
        case .expectedSingleValue: return "这里应当是单个值，而不是列表"
        case .expectedTexts: return "这里应当是文字列表"
        case .entryShape: return "每个条目应当是一段文字，或者包含 `text:`，并可附 `areas:`、`actor:` 和 `obstacles:`"
        case .unknownEntryKey(let key, let expected, let nearest):
            let hint = nearest.map { "，您是不是想写“\($0)”？" } ?? ""
            return "条目中有未知的键“\(key)”\(hint)（可用的键：\(expected.joined(separator: "、"))）"
        case .obstacleAndObstacles:
            return "一个条目同时有 `obstacle:` 和 `obstacles:`；请把所有障碍类型都放在 `obstacles:` 下"
        case .prioritiesNotTaken:
            return "这个问题不标记最重要的条目（只有设置了 `priorities:` 的SWOC象限才标记）；请删除 `priority:`"
        case .tooManyPriorities(let limit):
            return "最多只能将 \(limit) 条标记为 `priority: true`，这样选出的条目才能真正突出重点；请只保留最重要的几条"
        case .obstaclesNotTaken:
            return "这个问题的条目不标注障碍类型（只有劣势和挑战才标注）；请删除 `obstacles:`"
        case .notOffered(let label, let choiceID, _, let questions, let vocabulary):
            // The condition as the files write it is English; name the answers it depends on instead.
            let answers = questions.map { "“\($0)”" }.joined(separator: "、")
            return "“\(label)”（\(choiceID)）不适用于本文件的回答（是否提供取决于\(answers)的回答）；"
                + "请删除它，或按这些回答从列表“\(vocabulary)”提供的选项中选择。"
        case .languageDiffers(let file, let session):
            return "文件注明其语言为“\(file)”，而会话将使用“\(session)”（--language \(session)）；"
                + "请改用 --language \(file) 运行，或把该键改为 `language: \(session)`"
        }
    }

    /// An answer refused, in a file's terms: what to write, not what to type.
    private func fileAnswer(_ problem: AnswerProblem) -> String {
        switch problem {
        case .required: return "此题必须回答，但文件中没有"
        case .notAChoice(let input, _, let suggestions):
            let hint = suggestions.isEmpty ? "" : "您是不是想写“\(suggestions.joined(separator: "”或“"))”？"
            return "“\(MessageText.shortened(input))”不在选项之中。\(hint)请填写选项编号（`swoc-wizard template` 会列出全部编号）"
        case .ambiguousChoice(let input, let candidates):
            return "“\(MessageText.shortened(input))”可能是“\(candidates.joined(separator: "”或“"))”；请填写选项编号"
        case .notYesNo(let input):
            return "“\(MessageText.shortened(input))”不是“是”或“否”；请填写“是”或“否”（也可填写 true 或 false）"
        case .notANumber(let input):
            return "“\(MessageText.shortened(input))”不是数字；请只填写数字，例如 3 或 2.5"
        case .notAYear(let input):
            return "“\(MessageText.shortened(input))”不是年份；请填写四位数字，例如 2004"
        case .notADate(let input):
            return "“\(MessageText.shortened(input))”不是日期；请按“年-月-日”填写，例如 2019-11-07"
        case .patternMismatch:
            return "回答的格式不符合要求；请参阅 `swoc-wizard template` 中该问题的说明"
        case .tooLong, .repeatedChoice, .outOfRange, .tooShort, .tooManyCharacters, .noneWithOtherObstacles,
            .custom:
            return answer(problem)
        }
    }
}
