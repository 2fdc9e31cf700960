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
            if !message.isEmpty { StandardStream.error(message + "\n") }
            exit(failure.exitCode)
        } catch {
            SwocWizardCommand.exit(withError: error)
        }
    }
}
