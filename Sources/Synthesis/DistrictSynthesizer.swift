import Foundation
import Scenario
import Simulation

/// Builds a plausible district: kecamatan, desa, TPS, posts, access and vulnerability.
///
/// Geography: kecamatan centres on a jittered grid over a square of the given area (or Ketapang's
/// hand-placed centroids); desa scattered around their kecamatan centre (normal, sd = spread), TPS
/// around their desa (sd = spread / 6). Access: river with the kecamatan's river share, remote for
/// the TPS farthest from their kecamatan centre. Vulnerability: exact category counts, drawn by
/// weighted sampling without replacement (Efraimidis and Spirakis 2006, keys `u^(1/w)`) with
/// remote TPS three times and river TPS twice as likely to be rawan, since Ketapang's Kapolres
/// treats remote TPS as the most rawan [33]. Every draw comes from a stream keyed by the seed,
/// so the same options give the same district byte for byte.
public enum DistrictSynthesizer {
    public static func generate(_ options: GeneratorOptions) -> GeneratedDistrict {
        var random = Streams(seed: options.seed)
        let seeds = options.profile == .ketapang ? KetapangGeography.kecamatan : syntheticKecamatan(options, &random.geography)
        let perKecamatan = apportion(options.tps, weights: seeds.map(\.weight), minimum: options.tps >= seeds.count ? 1 : 0)
        let desaTotal = options.profile == .ketapang ? KetapangGeography.desa : max(1, Int((Double(options.tps) / 6.7).rounded()))

        var tps = PollingStations()
        tps.kecamatanNames = seeds.map(\.name)
        var posts = makePosts(seeds, perKecamatan: perKecamatan, options: options)
        let polsekIndex = Dictionary(uniqueKeysWithValues: posts.enumerated().filter { $0.element.kind == .polsek }
            .map { ($0.element.kecamatan, Int32($0.offset)) })
        var distanceFromCentre: [Double] = []
        distanceFromCentre.reserveCapacity(options.tps)
        let width = max(4, String(options.tps).count)
        let desaPerKecamatan = apportion(min(desaTotal, options.tps), weights: perKecamatan.map(Double.init),
                                         minimum: options.tps >= seeds.count && desaTotal >= seeds.count ? 1 : 0)
        for (k, seed) in seeds.enumerated() where perKecamatan[k] > 0 {
            let n = perKecamatan[k]
            let desaCount = min(n, max(1, desaPerKecamatan[k]))
            var desaCentres: [(Double, Double)] = []
            for d in 0..<desaCount {
                desaCentres.append((seed.latitude + random.geography.normal(sd: seed.spread),
                                    seed.longitude + random.geography.normal(sd: seed.spread)))
                tps.desaNames.append("\(seed.name) Desa \(d + 1)")
            }
            let firstDesa = tps.desaNames.count - desaCount
            for j in 0..<n {
                let d = j * desaCount / n
                let latitude = clamp(desaCentres[d].0 + random.geography.normal(sd: seed.spread / 6), -89.9, 89.9)
                let longitude = clamp(desaCentres[d].1 + random.geography.normal(sd: seed.spread / 6), -179.9, 179.9)
                tps.ids.append("tps-" + pad(tps.count + 1, width))
                tps.latitude.append(latitude)
                tps.longitude.append(longitude)
                tps.desa.append(Int32(firstDesa + d))
                tps.kecamatan.append(Int32(k))
                tps.polsek.append(polsekIndex[seed.name]!)
                let isRiver = random.access.uniform() < seed.riverShare
                tps.access.append(isRiver ? .river : .road)
                distanceFromCentre.append(hypot(latitude - seed.latitude, longitude - seed.longitude))
            }
        }
        markRemote(&tps, distance: distanceFromCentre, share: options.remoteShare)
        assignCategories(&tps, options: options, random: &random.vulnerability)
        tps.voters = voters(count: tps.count, total: options.profile == .ketapang ? KetapangGeography.voters : 237 * tps.count,
                            random: &random.voters)
        for i in posts.indices where posts[i].kind == .polsek || posts[i].kind == .ppk {
            posts[i].access = .road
        }
        let name = options.profile == .ketapang ? "Kabupaten Ketapang" : "Synthetic district \(options.tps) TPS seed \(options.seed)"
        return GeneratedDistrict(options: options, name: name, kecamatan: seeds.map(\.name), posts: posts, tps: tps)
    }

    /// The generator's random streams, one per purpose, so that changing one step's draws leaves the others alone.
    struct Streams {
        var geography, access, vulnerability, voters: RandomStream
        init(seed: UInt64) {
            geography = RandomStream(seed: seed, purpose: StreamPurpose("generate.geography"))
            access = RandomStream(seed: seed, purpose: StreamPurpose("generate.access"))
            vulnerability = RandomStream(seed: seed, purpose: StreamPurpose("generate.vulnerability"))
            voters = RandomStream(seed: seed, purpose: StreamPurpose("generate.voters"))
        }
    }

    /// Kecamatan centres on a jittered grid over a square of `area` km² centred on the options' centre.
    static func syntheticKecamatan(_ options: GeneratorOptions, _ random: inout RandomStream) -> [KecamatanSeed] {
        let count = options.kecamatanCount
        let side = options.area.squareRoot()
        let grid = Int(Double(count).squareRoot().rounded(.up))
        let cell = side / Double(grid)
        var cells = Array(0..<(grid * grid))
        let kmPerDegree = 111.32
        let cosine = max(0.2, cos(options.centreLatitude * .pi / 180))
        let width = max(4, String(count).count)
        return (0..<count).map { k in
            let pick = k + Int(random.integer(below: UInt64(cells.count - k)))
            cells.swapAt(k, pick)
            let row = cells[k] / grid, column = cells[k] % grid
            let y = (Double(row) + 0.5 + random.uniform(-0.3, 0.3)) * cell - side / 2
            let x = (Double(column) + 0.5 + random.uniform(-0.3, 0.3)) * cell - side / 2
            return KecamatanSeed(
                name: "Kecamatan " + pad(k + 1, width),
                latitude: clamp(options.centreLatitude + y / kmPerDegree, -89, 89),
                longitude: clamp(options.centreLongitude + x / (kmPerDegree * cosine), -179, 179),
                weight: random.lognormal(mean: 1, sd: 0.5),
                riverShare: min(0.95, options.riverShare * 2 * random.uniform()),
                spread: cell / 4 / kmPerDegree)
        }
    }

    /// Splits `total` in proportion to `weights` by largest remainder (Hamilton), each part at least `minimum`.
    static func apportion(_ total: Int, weights: [Double], minimum: Int) -> [Int] {
        let free = total - minimum * weights.count
        let sum = weights.reduce(0, +)
        let quotas = weights.map { Double(free) * $0 / sum }
        var parts = quotas.map { Int($0.rounded(.down)) }
        let order = quotas.indices.sorted { (quotas[$0] - Double(parts[$0]), $1) > (quotas[$1] - Double(parts[$1]), $0) }
        for i in order.prefix(free - parts.reduce(0, +)) { parts[i] += 1 }
        return parts.map { $0 + minimum }
    }

    /// Polres HQ and KPU office (one each per 1,752 TPS, in the kecamatan with most TPS), a Polsek and a PPK per kecamatan.
    static func makePosts(_ seeds: [KecamatanSeed], perKecamatan: [Int], options: GeneratorOptions) -> [Post] {
        var posts: [Post] = []
        let headquarters = max(1, Int(options.scale.rounded()))
        let largest = seeds.indices.sorted { (perKecamatan[$0], $1) > (perKecamatan[$1], $0) }.prefix(headquarters)
        for (n, k) in largest.sorted().enumerated() {
            let suffix = headquarters == 1 ? "" : "-" + pad(n + 1, 3)
            let seed = seeds[k]
            posts.append(Post(id: "polres" + suffix, name: "Mapolres\(suffix)", kind: .polres, kecamatan: seed.name,
                              latitude: seed.latitude + 0.004, longitude: seed.longitude, access: .road))
            posts.append(Post(id: "kpu" + suffix, name: "Kantor KPU\(suffix)", kind: .kpu, kecamatan: seed.name,
                              latitude: seed.latitude - 0.004, longitude: seed.longitude + 0.003, access: .road))
        }
        for seed in seeds {
            let slug = slugify(seed.name)
            posts.append(Post(id: "polsek-" + slug, name: "Polsek " + seed.name, kind: .polsek, kecamatan: seed.name,
                              latitude: seed.latitude, longitude: seed.longitude, access: .road))
            posts.append(Post(id: "ppk-" + slug, name: "PPK " + seed.name, kind: .ppk, kecamatan: seed.name,
                              latitude: seed.latitude + 0.003, longitude: seed.longitude - 0.003, access: .road))
        }
        return posts
    }
}
