/// A region a country can be described by ("the West African country"): a box of latitudes and
/// longitudes around its countries' representative points (section `[regions]`, regions.lex).
public struct Region: Sendable, Hashable {
  /// Southern and northern latitude, degrees.
  public var lat: ClosedRange<Double>
  /// Western and eastern longitude, degrees.
  public var lon: ClosedRange<Double>

  /// Whether a country's representative point lies in the region.
  public func contains(_ c: Country) -> Bool { lat.contains(c.lat) && lon.contains(c.lon) }
}
