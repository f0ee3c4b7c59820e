import LinearAlgebra
import Testing

@Suite("Matrix")
struct MatrixTests {
    @Test("row-major nested arrays are stored column-major")
    func rowMajorInitializerStoresColumnMajor() throws {
        let a = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.rows == 2)
        #expect(a.columns == 3)
        #expect(a.elements == [1, 4, 2, 5, 3, 6])
        #expect(a[0, 2] == 3)
        #expect(a[1, 0] == 4)
    }

    @Test("ragged nested arrays throw a dimension mismatch")
    func raggedRowsThrow() {
        #expect(throws: LinearAlgebraError.self) { try Matrix([[1, 2], [3]]) }
    }

    @Test("column-major initializer checks the element count")
    func columnMajorInitializerChecksCount() throws {
        let a = try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3, 4])
        #expect(a[0, 1] == 3)
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3]) }
    }

    @Test("repeating, identity and diagonal")
    func repeatingAndIdentity() {
        let filled = Matrix(rows: 2, columns: 3, repeating: 7)
        #expect(filled.elements == Array(repeating: 7, count: 6))
        let i3 = Matrix.identity(3)
        #expect(i3.diagonal == [1, 1, 1])
        #expect(i3.elements.reduce(0, +) == 3)
        #expect(Matrix.identity(0).elements.isEmpty)
    }

    @Test("transpose swaps indices and is an involution")
    func transpose() throws {
        let a = try Matrix([[1, 2, 3], [4, 5, 6]])
        let t = a.transposed()
        #expect(t == (try Matrix([[1, 4], [2, 5], [3, 6]])))
        #expect(t.transposed() == a)
    }

    @Test("column read and write")
    func columns() throws {
        var a = try Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(a.column(1) == [2, 4, 6])
        try a.setColumn(0, to: [7, 8, 9])
        #expect(a == (try Matrix([[7, 2], [8, 4], [9, 6]])))
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "Matrix.setColumn", detail: "column has 3 rows, found 2 values")) {
            try a.setColumn(1, to: [1, 2])
        }
    }

    @Test("copies are independent (value semantics)")
    func valueSemantics() throws {
        let a = try Matrix([[1, 2], [3, 4]])
        var b = a
        b[0, 0] = 10
        b.withUnsafeMutableBufferPointer { $0[3] = 40 }
        #expect(a == (try Matrix([[1, 2], [3, 4]])))
        #expect(b == (try Matrix([[10, 2], [3, 40]])))
    }

    @Test("symmetrize mirrors the chosen triangle", arguments: [BLAS.Triangle.lower, .upper])
    func symmetrize(triangle: BLAS.Triangle) throws {
        var a = try Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        try a.symmetrize(from: triangle)
        let expected = triangle == .lower
            ? try Matrix([[1, 4, 7], [4, 5, 8], [7, 8, 9]])
            : try Matrix([[1, 2, 3], [2, 5, 6], [3, 6, 9]])
        #expect(a == expected)
        var rectangle = Matrix(rows: 2, columns: 3)
        #expect(throws: LinearAlgebraError.self) { try rectangle.symmetrize(from: triangle) }
    }

    @Test("description prints row by row")
    func description() throws {
        #expect(try Matrix([[1, 2], [3, 4]]).description == "[[1.0, 2.0], [3.0, 4.0]]")
    }
}
