import Foundation

extension Date {
    /// The calendar day, as `2019-11-07`: how dates of rounds and plans are shown.
    public var day: String {
        formatted(.iso8601.year().month().day())
    }
}
