/// The device tokens of a run, one per role, written as a tokens file (`role name token`).
/// Fixed strings: the bench's server listens on loopback and lives for one run.
enum BenchTokens {
    static let admin = "bench-admin-token-0000000001"
    static let desk = "bench-desk-token-00000000002"
    static let kiosk = "bench-kiosk-token-0000000003"
    static let display = "bench-display-token-00000004"
    /// A token of the right shape that no device has: what the hostile bench sends.
    static let wrong = "bench-wrong-token-0000000099"

    static var file: String {
        """
        # written by queue-bench for one run
        admin   bench-admin    \(admin)
        desk    bench-desk     \(desk)
        kiosk   bench-kiosk    \(kiosk)
        display bench-display  \(display)

        """
    }
}
