import ArgumentParser
import Foundation

/// Entry point: runs the command and maps failures to messages and exit codes
/// in one place (`WizardFailure`), worded in the language the command chose,
/// else the environment's (`LanguageChoice`). Argument mistakes and --help are
/// ArgumentParser's, in English (usage text, exit status 64).
@main
enum SwocWizardMain {
    static func main() {
        do {
            var command = try SwocWizardCommand.parseAsRoot()
            try command.run()
        } catch let failure as WizardFailure {
            let message = failure.message(in: LanguageChoice().messages)
            if !message.isEmpty { StandardStream.error(fittedToTheWindow(message) + "\n") }
            exit(failure.exitCode)
        } catch {
            SwocWizardCommand.exit(withError: error)
        }
    }

    /// A failure read on a terminal is wrapped to its window like everything
    /// the wizard says (an answers file's problems ran to 500 columns, review
    /// of issue 13); paths and commands stay whole. Into a file or a pipe it
    /// goes as it is, one problem per line, for tools to read.
    static func fittedToTheWindow(_ message: String) -> String {
        guard StandardStream.isTerminal(STDERR_FILENO),
            let columns = ReadlineTerminal.size(of: STDERR_FILENO)?.columns
        else { return message }
        return TextLayout.fitted(message, width: columns)
    }
}
