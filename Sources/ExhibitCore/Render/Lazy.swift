import Synchronization

/// A value computed on first use and kept: `serve` renders pages on request, and most
/// requests need neither the site's figures nor its feed.
final class Lazy<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let value = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    init(value: Value) {
        self.make = { value }
        self.value.withLock { $0 = value }
    }

    var get: Value {
        value.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
