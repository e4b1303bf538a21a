import QueueCore

/// Where each part of the configuration was written, so that the problems
/// `SiteConfiguration.problems()` finds (which know nothing of files) get their line.
struct SourceMap {
    struct ServiceSource {
        var id: ServiceID
        var table: SourcePosition
        var idPosition: SourcePosition?
        var prefix: SourcePosition?
        /// The prefix was missing or not one character, and that was reported already.
        var prefixReported = false
        var dailyCap: SourcePosition?
    }

    struct DeskSource {
        var id: DeskID
        var table: SourcePosition
        var idPosition: SourcePosition?
        var services: SourcePosition?
        var serviceItems: [ServiceID: SourcePosition] = [:]
    }

    var site: SourcePosition?
    var name: SourcePosition?
    var languages: SourcePosition?
    var consultationMinutes: SourcePosition?
    var services: [ServiceSource] = []
    var desks: [DeskSource] = []
}
