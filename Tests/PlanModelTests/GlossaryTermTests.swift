import Foundation
import Testing

@testable import PlanModel

/// Issue 11, "Terms": the Chinese texts use the glossary's term for each key
/// idea of the report (`../shared/GLOSSARY-zh.md`), one term per idea, in
/// the rule catalogue and in the questionnaire. Wherever an English text uses
/// a key term, its Chinese text uses the glossary's Chinese term; and no
/// Chinese text uses a known wrong variant (备忘录 without 谅解, 姊妹城市 ...).
/// The questionnaire is checked only where a text has a Chinese version, so
/// this holds before and after its translation lands.
@Suite struct GlossaryTermTests {
    /// A key term: the English words (case-insensitive, whole phrase) and the
    /// Chinese terms of the glossary, any of which is right.
    struct Term: Sendable, CustomStringConvertible {
        var english: [String]
        var chinese: [String]
        var description: String { english[0] }
    }

    static let terms: [Term] = [
        Term(english: ["MoU", "Memorandum of Understanding"], chinese: ["谅解备忘录"]),
        Term(english: ["friendship agreement", "friendship city agreement"], chinese: ["友好城市关系协议书"]),
        Term(english: ["Letter of Cooperation Intent", "Letter of Intent"], chinese: ["合作意向书", "框架协议"]),
        Term(english: ["Project Agreement"], chinese: ["项目协议"]),
        Term(english: ["Project Contract"], chinese: ["项目合同"]),
        Term(english: ["sister city", "sister cities", "friendship city", "twin city"], chinese: ["姐妹城市", "友好城市"]),
        Term(english: ["quadruple helix"], chinese: ["四螺旋"]),
        Term(english: ["human factors"], chinese: ["人的因素"]),
        Term(english: ["mutual interests"], chinese: ["共同利益"]),
        Term(english: ["five characteristics"], chinese: ["五个特征", "五大特征"]),
        Term(english: ["Foreign Affairs Office"], chinese: ["外事办公室", "外办"]),
        Term(english: ["people-to-people"], chinese: ["人文交流"]),
        Term(english: ["five-year plan"], chinese: ["五年行动计划"]),
        Term(english: ["bridging organisation", "bridging organisations"], chinese: ["桥梁机构"]),
        Term(english: ["match-making", "matchmaking"], chinese: ["对接"]),
        Term(english: ["business delegation", "trade mission"], chinese: ["经贸代表团"]),
        Term(english: ["junior official", "junior officials", "junior-official"], chinese: ["青年干部"]),
        Term(english: ["anniversary"], chinese: ["周年"]),
        Term(english: ["liaison office"], chinese: ["联络处"]),
        Term(english: ["Belt and Road"], chinese: ["一带一路"]),
        Term(english: ["NDRC"], chinese: ["国家发展和改革委员会", "国家发展改革委"]),
        // Not in GLOSSARY-zh: the wizard's own term, one for the plan, the screen and the rules.
        Term(english: ["health check"], chinese: ["合作健康检查"]),
        Term(english: ["dormant"], chinese: ["休眠"]),
    ]

    /// Wrong or competing variants, never used in a Chinese text.
    static let wrongVariants: [(pattern: String, why: String)] = [
        ("(?<!谅解)备忘录", "MoU is 谅解备忘录"),
        ("姊妹城市", "the glossary writes 姐妹城市 or 友好城市"),
        ("意向函", "Letter of Cooperation Intent is 合作意向书"),
        ("(?<!合作)意向书", "Letter of Cooperation Intent is 合作意向书"),
        ("友城协议|友好城市协议(?!书)|友好协议", "friendship city agreement is 友好城市关系协议书"),
        ("项目合约", "Project Contract is 项目合同"),
        ("五年计划|五年规划", "five-year plan is 五年行动计划"),
        ("四重螺旋|四元螺旋", "quadruple helix is 四螺旋"),
        ("人为因素|人员因素", "human factors is 人的因素"),
        ("相互利益|互惠利益", "mutual interests is 共同利益"),
        ("桥接机构|桥接组织|中介组织|中间机构", "bridging organisation is 桥梁机构"),
        ("商务代表团|贸易代表团|商业代表团", "business delegation is 经贸代表团"),
        ("外交办公室", "Foreign Affairs Office is 外事办公室"),
    ]

    /// One text in English and Chinese, and where it is written.
    struct Pair {
        var place: String
        var english: String
        var chinese: String
    }

    // MARK: The texts, read through the loaders

    /// A template as its author wrote it, slots included: the words around
    /// the slots are what the terms are checked in.
    static func source(_ template: TextTemplate) -> String {
        func write(_ parts: [TextTemplate.Part]) -> String {
            parts.map { part in
                switch part {
                case .text(let text): text
                case .slot(let slot, let fallback): "{\(slot.rawValue)" + (fallback.map { "|" + write($0) } ?? "") + "}"
                case .optional(let inner): "[[" + write(inner) + "]]"
                }
            }.joined()
        }
        return write(template.parts)
    }

    static func pair(_ template: LocalizedTemplate?, _ place: String) -> Pair? {
        guard let template, let english = template.templates["en"] else { return nil }
        return Pair(
            place: place, english: source(english), chinese: template.templates["zh"].map(source) ?? "")
    }

    static func pair(_ text: LocalizedText?, _ place: String) -> Pair? {
        guard let text, let english = text.texts["en"] else { return nil }
        return Pair(place: place, english: english, chinese: text.texts["zh"] ?? "")
    }

    /// Every text of the rule catalogue, each with its rule.
    static func catalogueTexts(_ catalog: RuleCatalog) -> [Pair] {
        var pairs: [Pair?] = []
        for rule in catalog.activities {
            let place = "\(rule.file):\(rule.line ?? 0) \(rule.id)"
            pairs += [rule.title, rule.description, rule.indicator, rule.reason].map { pair($0, place) }
        }
        for sign in catalog.signals {
            let place = "\(sign.file):\(sign.line ?? 0) \(sign.id)"
            pairs += [pair(sign.evidence, place), pair(sign.gap, place)]
        }
        for warning in catalog.warnings { pairs.append(pair(warning.text, "\(warning.file) \(warning.id)")) }
        for (name, phrase) in catalog.phrases { pairs.append(pair(phrase, "phrases.yaml \(name)")) }
        for (name, entry) in catalog.ladder { pairs.append(pair(entry.text, "agreements.yaml \(name.rawValue)")) }
        let names = catalog.names
        let groups: [(String, [LocalizedText])] = [
            ("streams", Array(names.streams.values)), ("characteristics", Array(names.characteristics.values)),
            ("costs", Array(names.costs.values)), ("agreements", Array(names.agreements.values)),
            ("strategies", Array(names.strategies.values)), ("general-words", Array(names.generalWords.values)),
            ("lists", Array(names.lists.values)),
        ]
        for (group, texts) in groups { pairs += texts.map { pair($0, "names.yaml \(group)") } }
        // The draft agreements' clauses (issue 16): titles, headings, texts, blanks and words.
        let clauses = catalog.agreementClauses
        func texts(_ texts: [String: String], _ place: String) -> Pair? {
            texts["en"].map { Pair(place: "agreement-clauses.yaml \(place)", english: $0, chinese: texts["zh"] ?? "") }
        }
        for clause in clauses.clauses {
            pairs += [
                texts(clause.headings, "\(clause.id) heading"), texts(clause.texts.mapValues(\.text), clause.id),
            ]
        }
        for (type, title) in clauses.titles { pairs.append(texts(title.mapValues(\.text), "title \(type)")) }
        for (slot, words) in clauses.blanks { pairs.append(texts(words, "blank \(slot.rawValue)")) }
        for (name, words) in clauses.words { pairs.append(texts(words, "word \(name)")) }
        return pairs.compactMap { $0 }
    }

    /// The questionnaire's texts that have a Chinese version.
    static func questionnaireTexts(_ questionnaire: Questionnaire) -> [Pair] {
        var pairs: [Pair?] = [pair(questionnaire.title, "questionnaire title")]
        func vocabulary(_ vocabulary: Vocabulary?) {
            guard let vocabulary else { return }
            pairs.append(pair(vocabulary.label, "vocabulary \(vocabulary.name)"))
            for choice in vocabulary.choices {
                pairs.append(pair(choice.label, "vocabulary \(vocabulary.name) choice \(choice.id)"))
            }
        }
        for item in questionnaire.vocabularies.values { vocabulary(item) }
        for step in questionnaire.steps {
            pairs += [pair(step.title, "step \(step.id) title"), pair(step.intro, "step \(step.id) intro")]
            for question in step.questions {
                pairs += [
                    pair(question.prompt, "question \(question.id) prompt"),
                    pair(question.help, "question \(question.id) help"),
                ]
                vocabulary(question.choices)
            }
        }
        return pairs.compactMap { $0 }.filter { !$0.chinese.isEmpty }
    }

    // MARK: The checks

    static func mentions(_ text: String, _ phrase: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: phrase)
        let options: String.CompareOptions =
            phrase == "MoU" ? [.regularExpression] : [.regularExpression, .caseInsensitive]
        return text.range(of: "(?<![A-Za-z])\(escaped)(?![A-Za-z])", options: options) != nil
    }

    /// Each problem with the terms in `pairs`, as a line a translator can act on.
    static func problems(in pairs: [Pair]) -> [String] {
        var problems: [String] = []
        for pair in pairs where !pair.chinese.isEmpty {
            for term in terms where term.english.contains(where: { mentions(pair.english, $0) }) {
                if !term.chinese.contains(where: pair.chinese.contains) {
                    problems.append("\(pair.place): \"\(term)\" should be \(term.chinese[0]): \(pair.chinese)")
                }
            }
            for variant in wrongVariants
            where pair.chinese.range(of: variant.pattern, options: .regularExpression) != nil {
                problems.append("\(pair.place): \(variant.why): \(pair.chinese)")
            }
        }
        return problems
    }

    let questionnaire: Questionnaire
    let catalog: RuleCatalog

    init() throws {
        questionnaire = try TestQuestionnaires.builtIn()
        catalog = try TestRules.catalog(for: questionnaire)
    }

    /// Issue 11: the rule catalogue's Chinese texts use the glossary's terms;
    /// every text the loader recorded is checked.
    @Test func theRuleCatalogueUsesTheGlossarysTerms() {
        let pairs = Self.catalogueTexts(catalog)
        #expect(pairs.count == catalog.textSites.count, "every text the loader read is checked")
        #expect(Self.problems(in: pairs) == [])
    }

    /// Issue 11: the questionnaire's Chinese texts (those it has) use them too.
    @Test func theQuestionnairesChineseTextsUseTheGlossarysTerms() {
        #expect(Self.problems(in: Self.questionnaireTexts(questionnaire)) == [])
    }

    /// Issue 11: the names of the ladder's rungs and of the five
    /// characteristics are exactly the glossary's.
    @Test func theNamesAreTheGlossarysTerms() {
        let names = catalog.names
        #expect(
            AgreementStage.allCases.dropFirst().map { names.name(of: $0, in: "zh") } == [
                "谅解备忘录（或友好城市关系协议书）", "合作意向书", "项目协议", "项目合同",
            ])
        #expect(Characteristic.allCases.map { names.name(of: $0, in: "zh") } == ["人的因素", "共同利益", "支持", "宣传", "管理"])
    }

    /// The check finds what it is for: a missing term and a wrong variant.
    @Test func theCheckFindsAMissingTermAndAWrongVariant() {
        let found = Self.problems(in: [
            Pair(place: "a", english: "Sign an MoU with {partner}", chinese: "与{partner}签署合作协议"),
            Pair(place: "b", english: "Plan the next steps", chinese: "签署备忘录，结为姊妹城市"),
            Pair(place: "c", english: "A Project Agreement", chinese: ""),
        ])
        #expect(
            found == [
                "a: \"MoU\" should be 谅解备忘录: 与{partner}签署合作协议",
                "b: MoU is 谅解备忘录: 签署备忘录，结为姊妹城市",
                "b: the glossary writes 姐妹城市 or 友好城市: 签署备忘录，结为姊妹城市",
            ])
    }
}
