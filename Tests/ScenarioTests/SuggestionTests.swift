import Testing
@testable import Scenario

@Suite("Suggestion")
struct SuggestionTests {
    /// Optimal-string-alignment distances worked out by hand.
    static let distances: [(String, String, Int)] = [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0),
        ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("ca", "ac", 1), ("abcd", "acbd", 1),
        ("ca", "abc", 3),  // OSA does not edit a transposed pair again (true Damerau would give 2)
        ("reserv_personnel", "reserve_personnel", 1), ("polsk", "polsek", 1), ("vehicle", "vehicles", 1),
        ("categry", "category", 1), ("votng", "voting", 1), ("Hulo", "Hulu", 1), ("é", "e", 1),
    ]

    @Test("edit distance", arguments: distances)
    func editDistance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(a, b) == expected)
        #expect(Suggestion.editDistance(b, a) == expected, "symmetric")
    }

    @Test("near misses suggest the candidate")
    func nearMisses() {
        #expect(Suggestion.closest(to: "vehicle", in: ["budget", "vehicles", "force"]) == "vehicles")
        #expect(Suggestion.closest(to: "reserv_personnel", in: ["reserve_personnel", "tni_personnel"]) == "reserve_personnel")
        #expect(Suggestion.closest(to: "VOTING", in: ["counting", "voting"]) == "voting", "case is ignored")
        #expect(Suggestion.closest(to: "resrve_personel", in: ["reserve_personnel"]) == "reserve_personnel", "two edits on a long word")
        #expect(Suggestion.closest(to: "ab", in: ["ac", "xyz"]) == "ac", "one edit is allowed on short words")
        #expect(Suggestion.hint(for: "polsk", in: ["polres", "polsek"]) == "did you mean 'polsek'?")
    }

    @Test("far-off words give no suggestion")
    func farOff() {
        #expect(Suggestion.closest(to: "governor", in: ["name", "province", "area_km2"]) == nil)
        #expect(Suggestion.closest(to: "resrve_prsonel", in: ["reserve_personnel"]) == nil, "three edits is too many")
        #expect(Suggestion.closest(to: "xy", in: ["seed"]) == nil)
        #expect(Suggestion.closest(to: "abc", in: ["xbz"]) == nil, "two edits on a three-letter word is too many")
        #expect(Suggestion.closest(to: "ppk-hulu", in: ["polsek-hilir", "polsek-hulu"]) == nil)
        #expect(Suggestion.closest(to: "anything", in: [String]()) == nil)
        #expect(Suggestion.hint(for: "banana", in: ["tps", "posts"]) == nil)
    }
}
