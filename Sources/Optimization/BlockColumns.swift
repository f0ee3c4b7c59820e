/// A ``ScenarioBlock``'s columns as every factorization and solve reads them:
/// per block column `t` its global index, its diagonal row position (or -1)
/// with the coefficient there, and its core entries
/// `coreStart[t]..<coreStart[t + 1]` (core position, coefficient).
///
/// Indices are 32-bit and the arrays are raw buffers owned by this object:
/// the solve's two sweeps over a block stream these arrays once per column
/// (about 40 bytes instead of 64 with `Int` indices), with no bounds or
/// uniqueness checks in their inner loops. Read-only after construction,
/// freed with the object.
final class BlockColumns: @unchecked Sendable {
    let count: Int
    let column: UnsafeMutableBufferPointer<Int32>
    let diagonalOf: UnsafeMutableBufferPointer<Int32>
    let diagonalValue: UnsafeMutableBufferPointer<Double>
    let coreStart: UnsafeMutableBufferPointer<Int32>
    let corePosition: UnsafeMutableBufferPointer<Int32>
    let coreValue: UnsafeMutableBufferPointer<Double>

    /// - Precondition: every index and `corePosition.count` fit in 32 bits;
    ///   `coreStart` has `column.count + 1` entries.
    init(column: [Int], diagonalOf: [Int], diagonalValue: [Double], coreStart: [Int], corePosition: [Int], coreValue: [Double]) {
        precondition(coreStart.count == column.count + 1 && diagonalOf.count == column.count
                     && diagonalValue.count == column.count && corePosition.count == coreValue.count,
                     "BlockColumns: array lengths")
        precondition((column.max() ?? 0) < Int(Int32.max) && corePosition.count < Int(Int32.max),
                     "BlockColumns: more columns or entries than 32-bit indices hold")
        count = column.count
        func copy<T, U>(_ values: [T], _ convert: (T) -> U) -> UnsafeMutableBufferPointer<U> {
            let buffer = UnsafeMutableBufferPointer<U>.allocate(capacity: max(values.count, 1))
            for (k, v) in values.enumerated() { buffer[k] = convert(v) }
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<values.count])
        }
        self.column = copy(column) { Int32($0) }
        self.diagonalOf = copy(diagonalOf) { Int32($0) }
        self.diagonalValue = copy(diagonalValue) { $0 }
        self.coreStart = copy(coreStart) { Int32($0) }
        self.corePosition = copy(corePosition) { Int32($0) }
        self.coreValue = copy(coreValue) { $0 }
    }

    deinit {
        column.baseAddress?.deallocate()
        diagonalOf.baseAddress?.deallocate()
        diagonalValue.baseAddress?.deallocate()
        coreStart.baseAddress?.deallocate()
        corePosition.baseAddress?.deallocate()
        coreValue.baseAddress?.deallocate()
    }
}
