/// A fixed place the force works from or guards: Polres HQ, Polsek, KPU or PPK office, staging post.
public struct Post: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: PostKind
    /// The kecamatan the post serves (for PPK and Polsek), or empty.
    public var kecamatan: String
    public var latitude: Double
    public var longitude: Double
    public var access: AccessType

    public init(id: String, name: String, kind: PostKind, kecamatan: String,
                latitude: Double, longitude: Double, access: AccessType) {
        self.id = id
        self.name = name
        self.kind = kind
        self.kecamatan = kecamatan
        self.latitude = latitude
        self.longitude = longitude
        self.access = access
    }
}
