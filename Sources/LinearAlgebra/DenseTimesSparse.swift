import CKernels

/// `Out ← Out + X G` for a dense `X` and a sparse `G` in compressed sparse
/// column form, by the vectorized kernel of the `CKernels` target (AVX-512,
/// AVX2 with FMA, or baseline, chosen once per call from the CPU):
///
/// ```
/// Out[0..<ℓ(q), q] += Σ_{u ∈ start[q]..<start[q+1]} value[u] · X[0..<ℓ(q), row[u]]
/// ℓ(q) = q + 1 (upper triangle of a symmetric Out)   or   m (all rows)
/// ```
///
/// `2 · nnz(G) · ℓ` flops. BLAS has no sparse operand; this is the product
/// `Gᵀ C⁻¹ G` of a structured interior-point solver needs when `G` has a
/// handful of entries per column.
public enum DenseTimesSparse {
    /// The sparse factor `G` (`rows x columns`), CSC, with 32-bit indices as
    /// the kernel takes them.
    public struct Pattern: Sendable {
        public let rows: Int
        public let columns: Int
        public let start: [Int32]
        public let row: [Int32]

        /// - Precondition: `start` has `columns + 1` nondecreasing entries from 0
        ///   to `row.count`, and every row index is in `0..<rows`.
        public init(rows: Int, columns: Int, start: [Int], row: [Int]) {
            precondition(start.count == columns + 1 && start.first == 0 && start.last == row.count,
                         "DenseTimesSparse.Pattern: start must run from 0 to row.count over columns + 1 entries")
            precondition(row.allSatisfy { $0 >= 0 && $0 < rows }, "DenseTimesSparse.Pattern: row index out of range")
            precondition(rows < Int(Int32.max) && row.count < Int(Int32.max), "DenseTimesSparse.Pattern: too large for 32-bit indices")
            self.rows = rows
            self.columns = columns
            self.start = start.map { Int32($0) }
            self.row = row.map { Int32($0) }
        }

        public var nonzeros: Int { row.count }
    }

    /// The vector unit the kernel runs on: `"AVX-512"`, `"AVX2"` or `"baseline"`.
    public static var level: String {
        switch siaga_kernel_level() {
        case 2: return "AVX-512"
        case 1: return "AVX2"
        default: return "baseline"
        }
    }

    /// Which part of `out` is updated, and how it is stored.
    public enum Layout: Int32, Sendable {
        /// All `m` rows of every column, leading dimension `ldo`.
        case full = 0
        /// Rows `0...q` of column `q`, leading dimension `ldo`.
        case upperTriangle = 1
        /// Rows `0...q` of column `q`, packed by columns: column `q` starts at
        /// `q (q + 1) / 2` (`ldo` unused), so the triangle is one stream.
        case packedUpperTriangle = 2
        /// `out ← (X G)ᵀ`, overwritten, not accumulated: all `m` rows of
        /// column `q` go to row `q` of `out` (`columns x m`, leading dimension `ldo`).
        case transposed = 3
    }

    /// `out[0..<ℓ(q), q] += (X G)[0..<ℓ(q), q]` on raw column-major storage
    /// (or, ``Layout/transposed``, `out[q, 0..<m] = (X G)[0..<m, q]`):
    /// `x` is `m x pattern.rows` with leading dimension `ldx`, `out` is
    /// `m x pattern.columns` laid out as `layout` says; in the triangle
    /// layouts `m` must be at least `pattern.columns`.
    public static func accumulate(
        m: Int, pattern: Pattern, values: UnsafeBufferPointer<Double>,
        x: UnsafePointer<Double>, ldx: Int, into out: UnsafeMutablePointer<Double>, ldo: Int, layout: Layout
    ) {
        precondition(values.count == pattern.nonzeros, "DenseTimesSparse: one value per pattern entry")
        precondition(ldx >= m && (layout == .packedUpperTriangle || layout == .transposed || ldo >= m)
                     && (layout != .transposed || ldo >= pattern.columns)
                     && (layout == .full || layout == .transposed || m >= pattern.columns),
                     "DenseTimesSparse: leading dimensions")
        pattern.start.withUnsafeBufferPointer { start in
            pattern.row.withUnsafeBufferPointer { row in
                let status = siaga_dense_times_sparse(
                    Int32(m), Int32(pattern.columns), start.baseAddress, row.baseAddress, values.baseAddress,
                    x, Int32(ldx), out, Int32(ldo), layout.rawValue)
                precondition(status == 0, "DenseTimesSparse: out of memory for the kernel's work space")
            }
        }
    }
}
