import Foundation

/// Work started on a thread of its own, whose result is waited for when
/// needed: how the wizard parses its rule files while it loads the
/// questionnaire on the other core.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals `done`, read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            value = work()
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work to finish (at once if it has).
    func result() -> Value {
        done.wait()
        done.signal()  // Later calls return at once too.
        return value!
    }
}
