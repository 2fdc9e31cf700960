import Foundation
import PlanModel
import Storage
import Testing

/// Issue 11, "Done means": the built `swoc-wizard` run in Chinese on a real
/// pseudo-terminal of 80×24, start to finish, with a Chinese answer edited
/// by readline over wide characters, Tab completion of Chinese choice names
/// and `：back` typed with the full-width colon. The questionnaire is the
/// small bilingual fixture (Tests/Fixtures/small-questionnaire-zh).
@Suite(.serialized) struct InteractiveChineseEndToEndTests {
    static let fixture = FlowFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/small-questionnaire-zh")

    @Test func aChineseSessionFromStartToFinish() throws {
        let directory = try BuiltBinary.workingDirectory()
        let wizard = try PseudoTerminalProcess(
            executable: BuiltBinary.url,
            arguments: ["--questionnaire", Self.fixture.path, "--language", "zh", "--session", "zh.json"],
            directory: directory, columns: 80, rows: 24)

        try wizard.expect("每答完一题都会自动保存，保存位置：zh.json")
        try wizard.expect("城市名称？（必答）")
        try wizard.expect("> ")
        // Typed wrong: 周州. Left arrow over the wide 州, Backspace deletes 周, 苏 is typed in its place.
        wizard.type("周州")
        try wizard.expect("周州")
        wizard.type("\u{1B}[D\u{7F}苏\r")
        try wizard.expect("是否已有合作伙伴城市？")
        try wizard.expect("> ")
        wizard.type("是\r")
        try wizard.expect("合作伙伴城市名称？")
        try wizard.expect("> ")
        // The full-width colon an input method types.
        wizard.type("：back\r")
        try wizard.expect("是否已有合作伙伴城市？")
        try wizard.expect("> 是")
        wizard.type("\r")
        try wizard.expect("合作伙伴城市名称？")
        try wizard.expect("> ")
        wizard.type("汉堡\r")
        try wizard.expect("== 第 1 步（共 1 步）：SWOC 分析 ==")
        try wizard.expect("劣势 1> ")
        wizard.type("国际合作经费有限\r")
        try wizard.expect("合作领域（输入编号或名称，多个用逗号分隔；留空则不标注）> ")
        // Tab completes the Chinese name from its first character.
        wizard.type("智\t")
        try wizard.expect("智慧城市")
        wizard.type("\r")
        try wizard.expect("提出方（输入编号或名称；留空则跳过）> ")
        wizard.type("政\t\r")
        // The obstacle kind guessed from 经费 is on the line; Enter accepts it.
        try wizard.expect("障碍类型（输入编号或名称，多个用逗号分隔）> 经费和资源")
        wizard.type("\r")
        try wizard.expect("劣势 2> ")
        wizard.type("\r")
        try wizard.expect("希望合作的领域？")
        try wizard.expect("> ")
        // Tab completes a second name after the full-width comma a Chinese input method types.
        wizard.type("低碳\t，港\t")
        try wizard.expect("港口物流")
        wizard.type("\r")
        try wizard.expect("负责人员有几人？")
        try wizard.expect("> ")
        wizard.type("3\r")
        try wizard.expect("所有问题均已处理完毕。会话已保存在 zh.json。")
        try wizard.expect("完整计划：   swoc-wizard export zh.json --format html --output plan.html")
        try wizard.expect("JSON 数据：  swoc-wizard export zh.json --format json")
        #expect(try wizard.waitForExit() == 0)

        let screen = wizard.screen
        #expect(screen.contains("== 建议 =="))
        #expect(screen.contains("合作健康检查（成功合作的五个特征，报告 §3）："))
        // What the wizard printed in one piece (no line editing in it) fits the 80 columns.
        let summary = try #require(screen.range(of: "== 建议 ==")).lowerBound
        for line in screen[summary...].split(separator: "\n") {
            #expect(line.displayWidth <= 80, "\(line) is \(line.displayWidth) columns")
        }

        let session = try SessionFile().load(from: directory.appendingPathComponent("zh.json"))
        #expect(session.language == "zh")
        #expect(session.answers["city-name"] == .text("苏州"))
        #expect(session.answers["has-partner"] == .flag(true))
        #expect(session.answers["partner-name"] == .text("汉堡"))
        #expect(
            session.answers["weaknesses"]
                == .swocEntries([
                    SwocEntry(
                        text: "国际合作经费有限", areas: ["smart-cities"], actor: "government", obstacles: ["funding"])
                ]))
        #expect(session.answers["areas"] == .texts(["low-carbon", "port-logistics"]))
        #expect(session.answers["staff"] == .number(3))
        #expect(session.completedAt != nil)
    }
}
