/// A post's reserve-and-patrol pool during a replication.
///
/// `roster` is everyone in the pool, over all shifts; the shift on duty has
/// `shiftSize(roster, shift)` people, `idle` of them at the post and `busy` in teams. When the
/// roster shrinks while people are out, `owed` of them leave as soon as they return.
struct PostPool {
    var roster: Int32
    var idle: Int32 = 0
    var busy: Int32 = 0
    var owed: Int32 = 0
    /// First active (en route or on scene) team of the post, a list through `Team.nextInPost`.
    var teamHead: Int32 = -1
}
