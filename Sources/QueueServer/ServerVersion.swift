/// The version of this build of `queue-server`, in WELCOME, GetServerInfo and `--version`.
public enum ServerVersion {
    public static let current = "0.1.0"
}
