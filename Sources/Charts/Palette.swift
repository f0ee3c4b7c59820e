/// Colours that readers with the common colour-vision deficiencies can tell apart.
///
/// Categorical colours are the Okabe-Ito palette: M. Okabe and K. Ito, "Color Universal Design
/// (CUD): how to make figures and presentations that are friendly to colorblind people", 2008
/// (jfly.uni-koeln.de/color). The sequential ramp samples viridis (S. van der Walt and N. Smith,
/// matplotlib, 2015), which stays ordered in lightness for every kind of colour blindness and in
/// greyscale.
public enum Palette {
    /// Okabe-Ito without black: blue, vermillion, bluish green, orange, reddish purple, sky blue,
    /// yellow. Blue and vermillion first, the pair that differs most for every reader.
    public static let categorical = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442"]

    /// The i-th categorical colour, cycling.
    public static func color(_ i: Int) -> String { categorical[((i % categorical.count) + categorical.count) % categorical.count] }

    /// Five steps of viridis, light (low) to dark (high), reversed so that more reads darker.
    public static let sequential = ["#FDE725", "#5EC962", "#21918C", "#3B528B", "#440154"]

    /// Text and axis lines.
    public static let ink = "#222222"
    /// Secondary text (tick labels, notes).
    public static let muted = "#555555"
    /// Grid lines.
    public static let grid = "#DDDDDD"
    /// Panel frames.
    public static let frame = "#999999"
    /// Page and image background.
    public static let background = "#FFFFFF"
    /// Marks for "none" or "not applicable" (a light grey that is not mistaken for data colour).
    public static let neutral = "#BBBBBB"
}
