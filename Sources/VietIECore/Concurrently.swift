import Dispatch

/// Runs two independent pieces of work at the same time, on two threads, and returns both results
/// (or rethrows the first error, `a`'s before `b`'s). Loading the gazetteers uses it: the units and the
/// token tries are built from the same lists, and neither needs the other.
///
///     let (tries, units) = try concurrently({ try compileTries(lists) }, { try buildUnits(lists) })
///
/// - Complexity: the longer of the two, on a machine with two free cores.
public func concurrently<A: Sendable, B: Sendable>(
    _ a: @Sendable () throws -> A, _ b: @Sendable () throws -> B
) throws -> (A, B) {
    let first = ResultSlot<A>(), second = ResultSlot<B>()
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { first.result = Result { try a() } } else { second.result = Result { try b() } }
    }
    return (try first.result!.get(), try second.result!.get())
}

/// Runs three independent pieces of work at the same time and returns the three results (or rethrows
/// the first error, in argument order). Loading the gazetteers uses it for the units, the token tries and
/// the cue lists' rows.
///
/// - Complexity: about half their sum on two free cores when the shortest is given last.
public func concurrently<A: Sendable, B: Sendable, C: Sendable>(
    _ a: @Sendable () throws -> A, _ b: @Sendable () throws -> B, _ c: @Sendable () throws -> C
) throws -> (A, B, C) {
    let first = ResultSlot<A>(), second = ResultSlot<B>(), third = ResultSlot<C>()
    DispatchQueue.concurrentPerform(iterations: 3) { i in
        switch i {
        case 0: first.result = Result { try a() }
        case 1: second.result = Result { try b() }
        default: third.result = Result { try c() }
        }
    }
    return (try first.result!.get(), try second.result!.get(), try third.result!.get())
}

/// Runs `body` for each index of `0..<count` on all cores and returns the results in index order.
///
///     let files = try concurrentMap(paths.count) { try read(paths[$0]) }
///
/// - Complexity: the work of the slowest core, scheduled dynamically.
public func concurrentMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
    let slots = (0..<count).map { _ in ResultSlot<T>() }
    DispatchQueue.concurrentPerform(iterations: count) { i in slots[i].result = Result { try body(i) } }
    return try slots.map { try $0.result!.get() }
}

/// One result, written by exactly one worker before `concurrentPerform` returns and read after it:
/// the return is the barrier, so no lock is needed.
private final class ResultSlot<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
