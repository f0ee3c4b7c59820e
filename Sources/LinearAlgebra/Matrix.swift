/// A dense matrix of `Double` stored column-major, as BLAS and LAPACK expect.
///
/// Element `(i, j)` (0-based) lives at `elements[i + j * rows]`, so the
/// leading dimension passed to BLAS/LAPACK is `max(1, rows)`. `Matrix` is a
/// value type: copies share storage until one of them is written
/// (copy-on-write through `Array`).
///
/// Shapes that come from data are checked with a thrown
/// ``LinearAlgebraError/dimensionMismatch(operation:detail:)``; an element
/// index out of range is a precondition failure, as for `Array`.
public struct Matrix: Equatable, Hashable, Sendable {
    /// The number of rows, `m`.
    public let rows: Int
    /// The number of columns, `n`.
    public let columns: Int
    /// The column-major storage; internal so that the inlinable subscript can
    /// write it while the shape invariant `count == rows * columns` holds.
    @usableFromInline var storage: [Double]

    /// The `rows * columns` elements in column-major order.
    public var elements: [Double] { storage }

    /// Creates an `rows x columns` matrix with every element set to `value`.
    ///
    /// - Precondition: `rows >= 0` and `columns >= 0`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative size \(rows)x\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// Creates an `rows x columns` matrix whose elements are left unwritten,
    /// for a caller that overwrites every one of them before reading any (a
    /// kernel with an overwriting layout): no pass zeroes memory that is about
    /// to be written in full.
    ///
    /// - Precondition: `rows >= 0` and `columns >= 0`.
    public init(unwrittenRows rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative size \(rows)x\(columns)")
        self.rows = rows
        self.columns = columns
        self.storage = Array(unsafeUninitializedCapacity: rows * columns) { _, initialized in initialized = rows * columns }
    }

    /// Creates a matrix from its elements in column-major order.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when
    ///   `elements.count != rows * columns`.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) throws(LinearAlgebraError) {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative size \(rows)x\(columns)")
        try LinearAlgebraError.require(
            elements.count == rows * columns, "Matrix.init(columnMajor:)",
            "\(rows)x\(columns) needs \(rows * columns) elements, found \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.storage = elements
    }

    /// Wraps a vector as an `n x 1` matrix without copying, for LAPACK solves.
    init(column: [Double]) {
        self.rows = column.count
        self.columns = 1
        self.storage = column
    }

    /// Creates a matrix from row-major nested arrays, `rowMajor[i][j] = A(i, j)`.
    ///
    /// Meant for tests and small fixtures: `try Matrix([[4, 2], [2, 3]])`.
    /// An empty outer array gives a 0x0 matrix.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when
    ///   the rows have different lengths.
    public init(_ rowMajor: [[Double]]) throws(LinearAlgebraError) {
        let columns = rowMajor.first?.count ?? 0
        for (i, row) in rowMajor.enumerated() {
            try LinearAlgebraError.require(
                row.count == columns, "Matrix.init(rowMajor)",
                "row 0 has \(columns) entries but row \(i) has \(row.count)")
        }
        self.init(rows: rowMajor.count, columns: columns)
        for (i, row) in rowMajor.enumerated() {
            for (j, value) in row.enumerated() { storage[i + j * rows] = value }
        }
    }

    /// The `n x n` identity matrix `I`.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n { result.storage[i + i * n] = 1 }
        return result
    }

    /// Whether `rows == columns`.
    public var isSquare: Bool { rows == columns }

    /// The element `A(i, j)`, 0-based.
    ///
    /// - Precondition: `0 <= i < rows` and `0 <= j < columns`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Matrix index (\(i), \(j)) out of range")
            return storage[i + j * rows]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "Matrix index (\(i), \(j)) out of range")
            storage[i + j * rows] = newValue
        }
    }

    /// The transpose `Aᵀ`, with `Aᵀ(j, i) = A(i, j)`.
    ///
    /// This copies; BLAS wrappers take a transpose flag instead, which costs
    /// nothing.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { result.storage[j + i * columns] = storage[i + j * rows] }
        }
        return result
    }

    /// Column `j` as a vector of length `rows`; a contiguous copy.
    ///
    /// - Precondition: `0 <= j < columns`.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "Matrix column \(j) out of range")
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Replaces column `j` with `values`.
    ///
    /// - Precondition: `0 <= j < columns`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when
    ///   `values.count != rows`.
    public mutating func setColumn(_ j: Int, to values: [Double]) throws(LinearAlgebraError) {
        precondition(j >= 0 && j < columns, "Matrix column \(j) out of range")
        try LinearAlgebraError.require(
            values.count == rows, "Matrix.setColumn", "column has \(rows) rows, found \(values.count) values")
        storage.replaceSubrange((j * rows)..<((j + 1) * rows), with: values)
    }

    /// The main diagonal `(A(0,0), A(1,1), …)`, of length `min(rows, columns)`.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    /// The leading dimension for BLAS and LAPACK, `max(1, rows)`.
    ///
    /// BLAS rejects `lda = 0` even for an empty matrix.
    var leadingDimension: Int32 { Int32(Swift.max(1, rows)) }

    /// Calls `body` with the column-major elements, for BLAS/LAPACK input.
    ///
    /// The pointer is valid only inside `body`; its `baseAddress` may be `nil`
    /// for an empty matrix.
    public func withUnsafeBufferPointer<R>(
        _ body: (UnsafeBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the mutable column-major elements, for BLAS/LAPACK
    /// output. The shape cannot change through the pointer.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer { buffer in try body(buffer) }
    }
}

extension Matrix: CustomStringConvertible {
    /// Row by row, for test failure messages: `[[4.0, 2.0], [2.0, 3.0]]`.
    public var description: String {
        let lines = (0..<rows).map { i in
            "[" + (0..<columns).map { j in "\(storage[i + j * rows])" }.joined(separator: ", ") + "]"
        }
        return "[" + lines.joined(separator: ", ") + "]"
    }
}

extension Matrix {
    /// Mirrors one triangle of a square matrix onto the other, making it
    /// symmetric: `A(j, i) = A(i, j)` for `i > j` when `triangle == .lower`.
    ///
    /// `syrk` and `dpotrf` read and write only one triangle; call this to get
    /// the full symmetric matrix, e.g. `AᵀA` for a dense product or a test.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:detail:)`` when
    ///   the matrix is not square.
    public mutating func symmetrize(from triangle: BLAS.Triangle) throws(LinearAlgebraError) {
        try LinearAlgebraError.require(isSquare, "symmetrize", "matrix is \(rows)x\(columns), not square")
        let n = rows
        for j in 0..<n {
            for i in (j + 1)..<Swift.max(j + 1, n) {
                switch triangle {
                case .lower: storage[j + i * n] = storage[i + j * n]
                case .upper: storage[i + j * n] = storage[j + i * n]
                }
            }
        }
    }

    /// Sets the strict triangle opposite to `triangle` to zero, leaving a
    /// triangular matrix (used after `dpotrf`, which leaves it untouched).
    mutating func zeroStrictTriangle(opposite triangle: BLAS.Triangle) {
        let n = Swift.min(rows, columns)
        for j in 0..<n {
            for i in (j + 1)..<Swift.max(j + 1, n) {
                switch triangle {
                case .lower: storage[j + i * rows] = 0
                case .upper: storage[i + j * rows] = 0
                }
            }
        }
    }
}
