// The messages, status codes and mappings of QueueMessages are part of this module's API
// (frames carry them), so one `import WireProtocol` is enough for a client or the server.
@_exported import QueueMessages
