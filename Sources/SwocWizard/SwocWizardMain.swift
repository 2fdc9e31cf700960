import ArgumentParser
import Foundation

/// Entry point: runs the command and maps failures to messages and exit codes
/// in one place (`WizardFailure`); argument mistakes are ArgumentParser's
/// (usage text, exit status 64).
@main
enum SwocWizardMain {
    static func main() {
        do {
            var command = try SwocWizardCommand.parseAsRoot()
            try command.run()
        } catch let failure as WizardFailure {
            if !failure.message.isEmpty { StandardStream.error(failure.message + "\n") }
            exit(failure.exitCode)
        } catch {
            SwocWizardCommand.exit(withError: error)
        }
    }
}
