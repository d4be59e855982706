import Dispatch
import Synchronization

/// Runs one function over a stream of inputs on `jobs` worker threads and hands the results back in the
/// order the inputs were submitted, holding at most `window` inputs at a time (queued, being worked on,
/// or finished and waiting for an earlier one).
///
///     let pool = OrderedWorkPool<Document, Annotation>(jobs: 2) { extractor.annotate($0) }
///     for document in documents { pool.submit(document) { write($0) } }
///     pool.finish { write($0) }
///
/// The thread that submits is also the one that receives: ``submit(_:deliver:)`` first waits, delivering
/// finished results in order, while the window is full, so a producer that reads its input as it goes
/// never runs ahead of the workers by more than `window` items, and memory stays bounded however long
/// the input is. With `jobs == 1` nothing is started: each input is transformed and delivered on the
/// calling thread before `submit` returns.
///
/// Dispatch rather than Swift concurrency: the work is synchronous and CPU-bound, the producer typically
/// reads blocking I/O on its own thread, and `jobs` has to mean exactly that many workers. Each worker is
/// one loop on its own serial dispatch queue, woken by a semaphore per queued input; results come back
/// through a second semaphore. Neither side ever blocks the other's progress beyond the window.
///
/// Use it from one thread (the one that submits); `transform` runs on the workers.
public final class OrderedWorkPool<Input: Sendable, Output: Sendable> {
    /// The number of worker threads.
    public let jobs: Int
    /// The most inputs held at once.
    public let window: Int
    private let transform: @Sendable (Input) -> Output
    private let shared: Shared?
    private var submitted = 0
    private var delivered = 0

    /// Starts `jobs` workers (none when `jobs` is 1) that apply `transform`.
    ///
    /// - Parameter window: the most inputs held at once; by default eight per worker. At least `jobs`.
    public init(jobs: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? 8 * self.jobs)
        self.transform = transform
        guard self.jobs > 1 else { shared = nil; return }
        let shared = Shared()
        self.shared = shared
        for i in 0..<self.jobs {
            DispatchQueue(label: "vietie.worker.\(i)").async(group: shared.group) {
                Self.work(shared, transform)
            }
        }
    }

    deinit {
        // A caller that stopped early (its `deliver` threw) still gets its workers back.
        shared?.stop(workers: jobs)
    }

    /// Queues `input`; while the window is full, first waits for and delivers the next result in order.
    /// Results that are already finished, in order, are delivered before it returns.
    ///
    /// - Complexity: O(1) besides the results it delivers (and, with one job, the transform itself); it
    ///   blocks while the window is full.
    public func submit(_ input: Input, deliver: (Output) throws -> Void) rethrows {
        guard let shared else { try deliver(transform(input)); return }
        while submitted - delivered >= window { try deliver(next(shared)) }
        shared.state.withLock { $0.queue.append((submitted, input)) }
        submitted += 1
        shared.queued.signal()
        while let ready = shared.state.withLock({ $0.results.removeValue(forKey: delivered) }) {
            delivered += 1
            try deliver(ready)
        }
    }

    /// Delivers every result still to come, in order, and stops the workers.
    ///
    /// - Complexity: waits for at most ``window`` results.
    public func finish(deliver: (Output) throws -> Void) rethrows {
        guard let shared else { return }
        while delivered < submitted { try deliver(next(shared)) }
        shared.stop(workers: jobs)
        shared.group.wait()
    }

    /// Waits for the result of input number `delivered`.
    private func next(_ shared: Shared) -> Output {
        while true {
            if let ready = shared.state.withLock({ $0.results.removeValue(forKey: delivered) }) {
                delivered += 1
                return ready
            }
            // Some result arrived since the last look (or will): each one signals once.
            shared.finished.wait()
        }
    }

    private static func work(_ shared: Shared, _ transform: @Sendable (Input) -> Output) {
        while true {
            shared.queued.wait()
            guard let (number, input) = shared.state.withLock({ $0.take() }) else { return }
            let output = transform(input)
            shared.state.withLock { $0.results[number] = output }
            shared.finished.signal()
        }
    }

    /// What the workers and the submitting thread share.
    private final class Shared: Sendable {
        let state = Mutex(State())
        /// One signal per queued input, and one per worker to stop.
        let queued = DispatchSemaphore(value: 0)
        /// One signal per finished result.
        let finished = DispatchSemaphore(value: 0)
        let group = DispatchGroup()

        func stop(workers: Int) {
            let first = state.withLock { s in
                defer { s.stopping = true }
                return !s.stopping
            }
            guard first else { return }
            for _ in 0..<workers { queued.signal() }
        }
    }

    private struct State: ~Copyable {
        /// Queued inputs with their numbers, oldest first from `head`; taken ones are cleared.
        var queue: [(Int, Input)?] = []
        var head = 0
        /// Finished results by input number.
        var results: [Int: Output] = [:]
        var stopping = false

        /// The oldest queued input, or nil when stopping.
        mutating func take() -> (Int, Input)? {
            guard !stopping, head < queue.count, let item = queue[head] else { return nil }
            queue[head] = nil
            head += 1
            if head >= 32 && 2 * head >= queue.count {
                queue.removeFirst(head)
                head = 0
            }
            return item
        }
    }
}
