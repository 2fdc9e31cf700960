import PlanModel

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
                + "请输入 1 到 \(count) 之间的编号、选项名称或名称的开头几个字，或按 Tab 键查看全部名称。"
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
        case .custom(let message):
            return message
        }
    }
}
