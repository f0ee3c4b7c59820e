/// A sparse matrix in compressed sparse column (CSC) form.
///
/// Column `j` holds the entries `rowIndices[k], values[k]` for
/// `k` in `columnStarts[j]..<columnStarts[j + 1]`, with row indices strictly
/// increasing inside a column and no explicit zeros. This is the layout of
/// the constraint matrix of a ``LinearProgram``, of CHOLMOD's `cholmod_sparse`
/// and of the MPS `COLUMNS` section.
///
/// A `SparseMatrix` that exists satisfies these invariants: the initializers
/// check them and throw ``LinearProgramError`` naming the offending entry.
public struct SparseMatrix: Sendable, Equatable, Hashable {
    /// The number of rows `m`.
    public let rows: Int
    /// The number of columns `n`.
    public let columns: Int
    /// `n + 1` offsets into ``rowIndices`` and ``values``; `columnStarts[n] == nonzeros`.
    public let columnStarts: [Int]
    /// The row of each stored entry, increasing within a column.
    public let rowIndices: [Int]
    /// The value of each stored entry, finite and nonzero.
    public let values: [Double]

    /// The number of stored entries.
    public var nonzeros: Int { values.count }

    /// An `rows x columns` matrix with no entries.
    public init(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "SparseMatrix: negative size \(rows)x\(columns)")
        self.rows = rows
        self.columns = columns
        self.columnStarts = Array(repeating: 0, count: columns + 1)
        self.rowIndices = []
        self.values = []
    }

    /// Builds a matrix from `(row, column, value)` triplets in any order.
    ///
    /// Zero values are dropped, so an explicit zero in a model file does not
    /// become a structural nonzero.
    ///
    /// - Throws: ``LinearProgramError/indexOutOfRange(what:index:count:)`` for an
    ///   index outside the shape, ``LinearProgramError/notFinite(location:value:)``
    ///   for NaN or infinity, ``LinearProgramError/duplicateEntry(row:column:)``
    ///   when the same position is given twice.
    public init(
        rows: Int, columns: Int, triplets: [(row: Int, column: Int, value: Double)]
    ) throws(LinearProgramError) {
        precondition(rows >= 0 && columns >= 0, "SparseMatrix: negative size \(rows)x\(columns)")
        var counts = [Int](repeating: 0, count: columns + 1)
        for t in triplets {
            guard t.row >= 0 && t.row < rows else { throw .indexOutOfRange(what: "row", index: t.row, count: rows) }
            guard t.column >= 0 && t.column < columns else {
                throw .indexOutOfRange(what: "column", index: t.column, count: columns)
            }
            guard t.value.isFinite else {
                throw .notFinite(location: "coefficient (row \(t.row), column \(t.column))", value: t.value)
            }
            if t.value != 0 { counts[t.column + 1] += 1 }
        }
        for j in 0..<columns { counts[j + 1] += counts[j] }
        var next = counts
        var rowIndices = [Int](repeating: 0, count: counts[columns])
        var values = [Double](repeating: 0, count: counts[columns])
        for t in triplets where t.value != 0 {
            rowIndices[next[t.column]] = t.row
            values[next[t.column]] = t.value
            next[t.column] += 1
        }
        for j in 0..<columns {
            let range = counts[j]..<counts[j + 1]
            let order = range.sorted { rowIndices[$0] < rowIndices[$1] }
            let sortedRows = order.map { rowIndices[$0] }, sortedValues = order.map { values[$0] }
            for (k, position) in range.enumerated() {
                rowIndices[position] = sortedRows[k]
                values[position] = sortedValues[k]
                if k > 0 && sortedRows[k] == sortedRows[k - 1] {
                    throw .duplicateEntry(row: "\(sortedRows[k])", column: "\(j)")
                }
            }
        }
        self.init(unchecked: rows, columns, counts, rowIndices, values)
    }

    /// Builds a matrix from row-major nested arrays, for tests and small
    /// fixtures: `try SparseMatrix(dense: [[1, 1], [1, -1]])`.
    public init(dense: [[Double]]) throws(LinearProgramError) {
        let columns = dense.first?.count ?? 0
        var triplets: [(row: Int, column: Int, value: Double)] = []
        for (i, row) in dense.enumerated() {
            guard row.count == columns else {
                throw .dimensionMismatch(what: "entries in row \(i) of the dense matrix", expected: columns, found: row.count)
            }
            for (j, value) in row.enumerated() { triplets.append((i, j, value)) }
        }
        try self.init(rows: dense.count, columns: columns, triplets: triplets)
    }

    /// Wraps arrays that already satisfy the CSC invariants (internal transforms).
    init(unchecked rows: Int, _ columns: Int, _ columnStarts: [Int], _ rowIndices: [Int], _ values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.columnStarts = columnStarts
        self.rowIndices = rowIndices
        self.values = values
    }

    /// The positions of column `j`'s entries in ``rowIndices`` and ``values``.
    @inline(__always)
    public func entries(ofColumn j: Int) -> Range<Int> { columnStarts[j]..<columnStarts[j + 1] }

    /// The entry `A(i, j)`, zero when not stored. `O(log nnz(A(:, j)))`.
    public subscript(i: Int, j: Int) -> Double {
        var low = columnStarts[j], high = columnStarts[j + 1]
        while low < high {
            let mid = (low + high) / 2
            if rowIndices[mid] < i { low = mid + 1 } else { high = mid }
        }
        return low < columnStarts[j + 1] && rowIndices[low] == i ? values[low] : 0
    }
}

extension SparseMatrix {
    /// `y ← A x` (`beta = 0`) or `y ← A x + y` (`accumulate`).
    func multiply(_ x: [Double], into y: inout [Double], accumulate: Bool = false) {
        if !accumulate { for i in y.indices { y[i] = 0 } }
        rowIndices.withUnsafeBufferPointer { ri in
            values.withUnsafeBufferPointer { v in
                y.withUnsafeMutableBufferPointer { yp in
                    for j in 0..<columns where x[j] != 0 {
                        let xj = x[j]
                        for k in columnStarts[j]..<columnStarts[j + 1] { yp[ri[k]] += v[k] * xj }
                    }
                }
            }
        }
    }

    /// `A x` as a new vector of length `rows`.
    func times(_ x: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: rows)
        multiply(x, into: &y)
        return y
    }

    /// `Aᵀ y` as a new vector of length `columns`.
    func transposeTimes(_ y: [Double]) -> [Double] {
        var x = [Double](repeating: 0, count: columns)
        rowIndices.withUnsafeBufferPointer { ri in
            values.withUnsafeBufferPointer { v in
                y.withUnsafeBufferPointer { yp in
                    for j in 0..<columns {
                        var sum = 0.0
                        for k in columnStarts[j]..<columnStarts[j + 1] { sum += v[k] * yp[ri[k]] }
                        x[j] = sum
                    }
                }
            }
        }
        return x
    }

    /// The transpose, in CSC form (the CSR form of `A`). `O(nnz + m + n)`.
    func transposed() -> SparseMatrix {
        var starts = [Int](repeating: 0, count: rows + 1)
        for i in rowIndices { starts[i + 1] += 1 }
        for i in 0..<rows { starts[i + 1] += starts[i] }
        var next = starts
        var indices = [Int](repeating: 0, count: nonzeros), transposedValues = [Double](repeating: 0, count: nonzeros)
        for j in 0..<columns {
            for k in entries(ofColumn: j) {
                let i = rowIndices[k]
                indices[next[i]] = j
                transposedValues[next[i]] = values[k]
                next[i] += 1
            }
        }
        return SparseMatrix(unchecked: columns, rows, starts, indices, transposedValues)
    }

    /// `R A C` for diagonal `R` (length `rows`) and `C` (length `columns`).
    func scaled(rows r: [Double], columns c: [Double]) -> SparseMatrix {
        var scaled = values
        for j in 0..<columns {
            for k in entries(ofColumn: j) { scaled[k] = r[rowIndices[k]] * values[k] * c[j] }
        }
        return SparseMatrix(unchecked: rows, columns, columnStarts, rowIndices, scaled)
    }
}
