/// The dual block-angular structure of a two-stage linear program, in the
/// original ``LinearProgram``'s indexing:
///
/// ```
///            x₀    x₁    x₂   …   x_K
/// rows R₀ [ A₀₀                      ]    first-stage rows
/// rows R₁ [ T₁    W₁                 ]    scenario 1
/// rows R₂ [ T₂          W₂           ]    scenario 2
///   …     [ …                 ⋱      ]
/// rows R_K[ T_K                  W_K ]    scenario K
/// ```
///
/// Every column and row that no block claims is first stage. A block's
/// columns may appear only in that block's rows, and first-stage rows may
/// hold only first-stage columns; ``validate(_:)`` checks both. The
/// deployment LP is of this form: guards, reserves and vehicles are `x₀`,
/// the responders sent and the unmet demand of scenario `k` are `x_k`
/// (Birge and Louveaux, Introduction to Stochastic Programming, 2011, ch. 5).
public struct BlockStructure: Sendable, Hashable {
    /// One scenario block: its contiguous columns and rows.
    public struct Block: Sendable, Hashable {
        public var columns: Range<Int>
        public var rows: Range<Int>

        public init(columns: Range<Int>, rows: Range<Int>) {
            self.columns = columns
            self.rows = rows
        }
    }

    public let columnCount: Int
    public let rowCount: Int
    public let blocks: [Block]

    /// Creates a structure of `blocks` over a `rowCount x columnCount` problem.
    ///
    /// - Throws: ``BlockStructureError/rangeOutOfBounds(block:what:)`` or
    ///   ``BlockStructureError/overlap(block:what:)`` when a block's ranges
    ///   leave the problem or meet another block's.
    public init(columnCount: Int, rowCount: Int, blocks: [Block]) throws(BlockStructureError) {
        for (k, block) in blocks.enumerated() {
            if block.columns.lowerBound < 0 || block.columns.upperBound > columnCount {
                throw .rangeOutOfBounds(block: k, what: "columns \(block.columns) of \(columnCount)")
            }
            if block.rows.lowerBound < 0 || block.rows.upperBound > rowCount {
                throw .rangeOutOfBounds(block: k, what: "rows \(block.rows) of \(rowCount)")
            }
        }
        for (name, ranges) in [("columns", blocks.map(\.columns)), ("rows", blocks.map(\.rows))] {
            let order = ranges.indices.filter { !ranges[$0].isEmpty }.sorted { ranges[$0].lowerBound < ranges[$1].lowerBound }
            for (a, b) in zip(order, order.dropFirst()) where ranges[a].upperBound > ranges[b].lowerBound {
                throw .overlap(block: b, what: "\(name) \(ranges[b]) meet block \(a)'s \(ranges[a])")
            }
        }
        self.columnCount = columnCount
        self.rowCount = rowCount
        self.blocks = blocks
    }

    /// The block of each column, `-1` for first stage.
    public var columnBlocks: [Int] {
        var owner = [Int](repeating: -1, count: columnCount)
        for (k, block) in blocks.enumerated() { for j in block.columns { owner[j] = k } }
        return owner
    }

    /// The block of each row, `-1` for first stage.
    public var rowBlocks: [Int] {
        var owner = [Int](repeating: -1, count: rowCount)
        for (k, block) in blocks.enumerated() { for i in block.rows { owner[i] = k } }
        return owner
    }

    /// The first-stage columns, ascending.
    public var firstStageColumns: [Int] { columnBlocks.indices.filter { columnBlocks[$0] < 0 } }

    /// Checks that `problem` has this shape and that its nonzeros respect the
    /// blocks.
    ///
    /// - Throws: ``BlockStructureError/sizeMismatch(expected:found:)`` or
    ///   ``BlockStructureError/entryOutsideBlocks(row:column:)`` naming the
    ///   first offending nonzero.
    public func validate(_ problem: LinearProgram) throws(BlockStructureError) {
        guard problem.rowCount == rowCount, problem.columnCount == columnCount else {
            throw .sizeMismatch(expected: "\(rowCount)x\(columnCount)", found: "\(problem.rowCount)x\(problem.columnCount)")
        }
        let rowOwner = rowBlocks, columnOwner = columnBlocks
        let a = problem.constraints
        for j in 0..<a.columns {
            for e in a.entries(ofColumn: j) {
                let i = a.rowIndices[e]
                // A block column lives in its own rows; a first-stage row holds first-stage columns only.
                if columnOwner[j] >= 0 ? rowOwner[i] != columnOwner[j] : false {
                    throw .entryOutsideBlocks(row: problem.rowNames[i], column: problem.columnNames[j])
                }
            }
        }
    }
}

/// A ``BlockStructure`` that does not fit its problem; a programmer's or
/// model builder's error, reported with the block or entry at fault.
public enum BlockStructureError: Error, Equatable, Sendable {
    case rangeOutOfBounds(block: Int, what: String)
    case overlap(block: Int, what: String)
    case sizeMismatch(expected: String, found: String)
    /// A block column in another block's or a first-stage row.
    case entryOutsideBlocks(row: String, column: String)
}
