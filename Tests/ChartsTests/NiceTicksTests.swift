import Testing
@testable import Charts

/// Heckbert's loose labelling, with answers worked out by hand from the rules in NiceTicks.swift.
@Suite struct NiceTicksTests {
    @Test func zeroTo97GivesTwenties() {
        let ticks = NiceTicks(min: 0, max: 97, count: 5)
        #expect(ticks.values == [0, 20, 40, 60, 80, 100])
        #expect(ticks.step == 20)
        #expect(ticks.decimals == 0)
    }

    /// range nice(1) = 1, step nice(0.25, round) = 0.2 (f = 2.5 < 3 -> 2).
    @Test func unitIntervalGivesFifths() {
        let ticks = NiceTicks(min: 0, max: 1, count: 5)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(ticks.decimals == 1)
    }

    /// range nice(15.9) = 20, step nice(5) = 5, lower floor(-3.7/5)*5 = -5, upper ceil(12.2/5)*5 = 15.
    @Test func negativeStart() {
        let ticks = NiceTicks(min: -3.7, max: 12.2, count: 5)
        #expect(ticks.values == [-5, 0, 5, 10, 15])
    }

    /// range nice(0.0037) = 0.005, step nice(0.00125, round) = 0.001, decimals 3; values exact, no 0.0030000000000000001.
    @Test func smallNumbersAreExact() {
        let ticks = NiceTicks(min: 0.001, max: 0.0047, count: 5)
        #expect(ticks.values == [0.001, 0.002, 0.003, 0.004, 0.005])
        #expect(ticks.decimals == 3)
    }

    @Test func niceNumbers() {
        #expect(NiceTicks.nice(97, round: false) == 100)
        #expect(NiceTicks.nice(25, round: true) == 20)
        #expect(NiceTicks.nice(0.034, round: true) == 0.05)
        #expect(NiceTicks.nice(7000, round: true) == 10_000)
        #expect(NiceTicks.nice(1.4, round: true) == 1)
        #expect(NiceTicks.nice(1000, round: false) == 1000)
    }

    @Test func aSingleValueOpensARange() {
        let ticks = NiceTicks(min: 5, max: 5)
        #expect(ticks.lower <= 5 && ticks.upper >= 5 && ticks.upper > ticks.lower)
        #expect(NiceTicks(min: 0, max: 0).values.first == 0)
    }

    @Test func aMinimumStepHoldsWholeDays() {
        #expect(NiceTicks(min: -1, max: 3, count: 12).step == 0.5)  // 5 / 11 = 0.45 -> 0.5
        #expect(NiceTicks(min: -1, max: 3, count: 12, minimumStep: 1).values == [-1, 0, 1, 2, 3])
    }

    @Test func decadesAreExactAtPowersOfTen() {
        #expect(decade(1000) == 3)
        #expect(decade(999.999) == 2)
        #expect(decade(0.001) == -3)
        #expect(decade(1) == 0)
    }
}

@Suite struct LinearScaleTests {
    @Test func mapsAndInverts() {
        let scale = LinearScale(domain: (0, 100), range: (50, 450))
        #expect(scale(0) == 50)
        #expect(scale(25) == 150)
        #expect(scale(100) == 450)
        #expect(scale.invert(150) == 25)
    }

    /// A vertical axis: the domain's lower end at the bottom (larger y).
    @Test func verticalAxisRunsUp() {
        let scale = LinearScale(ticks: NiceTicks(min: 0, max: 97), range: (300, 100))
        #expect(scale(0) == 300)
        #expect(scale(100) == 100)
        #expect(scale(50) == 200)
        #expect(scale.clamped(120) == 100)
        #expect(scale.clamped(-5) == 300)
    }

    @Test func anEmptyDomainDoesNotDivideByZero() {
        let scale = LinearScale(domain: (3, 3), range: (0, 10))
        #expect(scale(3).isFinite)
    }
}

@Suite struct NumberTextTests {
    @Test func englishAndIndonesianSeparators() {
        #expect(NumberText.english.string(1_234_567.891, decimals: 2) == "1,234,567.89")
        #expect(NumberText.indonesian.string(1_234_567.891, decimals: 2) == "1.234.567,89")
        #expect(NumberText.indonesian.string(-1_227_895_000, decimals: 0) == "-1.227.895.000")
        #expect(NumberText.english.string(999, decimals: 0) == "999")
        #expect(NumberText.english.string(.nan, decimals: 1) == "–")
    }

    @Test func roundsHalfAwayFromZeroWithoutNegativeZero() {
        #expect(NumberText.fixed(2.5, decimals: 0, trimZeros: false) == "3")
        #expect(NumberText.fixed(-2.5, decimals: 0, trimZeros: false) == "-3")
        #expect(NumberText.fixed(-0.001, decimals: 2, trimZeros: false) == "0.00")
        #expect(NumberText.fixed(0.1 + 0.2, decimals: 2, trimZeros: true) == "0.3")
        #expect(NumberText.fixed(12.0, decimals: 2, trimZeros: true) == "12")
        #expect(SVGNumber.format(3.14159) == "3.14")
        #expect(SVGNumber.format(-0.004) == "0")
    }

    @Test func escapesXML() {
        #expect(XMLText.escape("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;")
        #expect(XMLText.escape("bell\u{7}") == "bell")
    }
}
