import QueueCore

extension WireWaitEstimate {
    public init(_ estimate: WaitEstimate) {
        self.init()
        peopleAhead = UInt32(count: estimate.peopleAhead)
        minutes = UInt32(count: estimate.minutes)
    }
}

extension WaitEstimate {
    public init(_ message: WireWaitEstimate) {
        self.init(peopleAhead: Int(message.peopleAhead), minutes: Int(message.minutes))
    }
}
