import Foundation

/// The parser's model file: a small binary layout, little-endian, written by
/// `detente-train-parser` and read once per process.
///
///     "DTDP" version:u32
///     tags: count:u32 (length:u16 utf8)…   relations: the same
///     tagger, parser, labeller: each
///       classes:u32 scale:f32 features:u32 weights:u32
///       fingerprints:u32×features  starts:u32×(features+1)  classes:u8×weights  weights:i16×weights
extension DependencyModel {
  static let magic: [UInt8] = Array("DTDP".utf8)
  static let fileVersion: UInt32 = 1

  /// The model's bytes.
  public func fileData() -> [UInt8] {
    var out = Self.magic
    out.appendLittleEndian(Self.fileVersion)
    for names in [tagNames, relationNames] {
      out.appendLittleEndian(UInt32(names.count))
      for n in names {
        out.appendLittleEndian(UInt16(n.utf8.count))
        out += Array(n.utf8)
      }
    }
    for m in [tagger, parser, labeler] { m.write(into: &out) }
    return out
  }

  /// Reads a model from its bytes; `name` is what errors call the file.
  public init(fileData bytes: [UInt8], name: String) throws {
    var r = ByteReader(bytes: bytes, name: name)
    guard try r.bytes(4) == Self.magic else { throw r.failure("not a Detente parser model") }
    let version: UInt32 = try r.integer()
    guard version == Self.fileVersion else {
      throw r.failure("model version \(version), this Detente reads version \(Self.fileVersion)")
    }
    var lists: [[String]] = []
    for _ in 0..<2 {
      let count: UInt32 = try r.integer()
      var names: [String] = []
      for _ in 0..<count {
        let length: UInt16 = try r.integer()
        names.append(String(decoding: try r.bytes(Int(length)), as: UTF8.self))
      }
      lists.append(names)
    }
    let tagger = try LinearModel(reading: &r)
    let parser = try LinearModel(reading: &r)
    let labeler = try LinearModel(reading: &r)
    guard tagger.classes == lists[0].count, parser.classes == 3,
      labeler.classes == lists[1].count
    else { throw r.failure("the classifiers do not match the tag and relation lists") }
    self.init(
      tagNames: lists[0], relationNames: lists[1], tagger: tagger, parser: parser,
      labeler: labeler)
  }

  /// The environment variable that names another model file.
  public static let fileVariable = "DETENTE_PARSER_MODEL"
  /// The bundled model's file name, in the resources' `Parser` folder.
  public static let bundledFileName = "english-ewt.dpm"

  /// Where the model is read from: the file `DETENTE_PARSER_MODEL` names, else the bundled one.
  public static var fileCandidates: [URL] {
    if let v = ProcessInfo.processInfo.environment[fileVariable], !v.isEmpty {
      return [URL(fileURLWithPath: v)]
    }
    return BundledResources.candidates(folder: "Parser").map {
      $0.appendingPathComponent(bundledFileName)
    }
  }

  /// Reads the model from the first of `fileCandidates` that exists.
  public static func loadBundled() throws -> DependencyModel {
    let fm = FileManager.default
    guard let url = fileCandidates.first(where: { fm.fileExists(atPath: $0.path) }) else {
      let looked = fileCandidates.map(\.path).joined(separator: ", ")
      throw ModelFileError(message: "no parser model found (looked in \(looked))")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ModelFileError(message: "\(url.path): cannot read the parser model: \(error)")
    }
    return try DependencyModel(fileData: [UInt8](data), name: url.path)
  }

  /// The bundled model, read once (`nil` with the reason when it cannot be read).
  public static let bundled: Result<DependencyModel, ModelFileError> = {
    do {
      return .success(try loadBundled())
    } catch let e as ModelFileError {
      return .failure(e)
    } catch {
      return .failure(ModelFileError(message: "\(error)"))
    }
  }()
}

/// A parser model that cannot be read, with what was wrong and where.
public struct ModelFileError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}

extension LinearModel {
  func write(into out: inout [UInt8]) {
    let rows = self.rows
    out.appendLittleEndian(UInt32(classes))
    out.appendLittleEndian(scale.bitPattern)
    out.appendLittleEndian(UInt32(featureCount))
    out.appendLittleEndian(UInt32(weightCount))
    for r in rows { out.appendLittleEndian(r.fingerprint) }
    out.appendLittleEndian(UInt32(0))
    for r in rows { out.appendLittleEndian(UInt32(r.start + r.count)) }
    for e in entries { out.append(UInt8(e >> 16)) }
    for e in entries { out.appendLittleEndian(UInt16(truncatingIfNeeded: e)) }
  }

  init(reading r: inout ByteReader) throws {
    let classes: UInt32 = try r.integer()
    let scaleBits: UInt32 = try r.integer()
    let features: UInt32 = try r.integer()
    let weights: UInt32 = try r.integer()
    guard classes > 0, classes <= 255, features < 16_000_000, weights < 1 << 24 else {
      throw r.failure("a classifier's sizes are out of range")
    }
    var fingerprints: [UInt32] = []
    fingerprints.reserveCapacity(Int(features))
    for _ in 0..<features { fingerprints.append(try r.integer()) }
    var starts: [UInt32] = []
    for _ in 0...features { starts.append(try r.integer()) }
    let entryClasses = try r.bytes(Int(weights))
    var entryWeights: [Int16] = []
    entryWeights.reserveCapacity(Int(weights))
    for _ in 0..<weights { entryWeights.append(Int16(bitPattern: try r.integer() as UInt16)) }
    guard starts.first == 0, starts.last == weights,
      zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
      zip(starts, starts.dropFirst()).allSatisfy({ $1 - $0 <= classes }),
      entryClasses.allSatisfy({ UInt32($0) < classes }), fingerprints.allSatisfy({ $0 & 1 == 1 })
    else { throw r.failure("a classifier's tables are inconsistent") }
    self.init(
      classes: Int(classes), fingerprints: fingerprints, rowStarts: starts,
      entryClasses: entryClasses, entryWeights: entryWeights, scale: Float(bitPattern: scaleBits))
  }
}

/// Reads a model file's bytes in order, failing with the file's name and the offset.
struct ByteReader {
  let bytes: [UInt8]
  let name: String
  var offset = 0

  func failure(_ what: String) -> ModelFileError {
    ModelFileError(message: "\(name): \(what) (at byte \(offset))")
  }

  mutating func bytes(_ n: Int) throws -> [UInt8] {
    guard n >= 0, offset + n <= bytes.count else { throw failure("the file ends too soon") }
    defer { offset += n }
    return Array(bytes[offset..<(offset + n)])
  }

  mutating func integer<T: FixedWidthInteger & UnsignedInteger>() throws -> T {
    let size = MemoryLayout<T>.size
    guard offset + size <= bytes.count else { throw failure("the file ends too soon") }
    var v: T = 0
    for k in 0..<size { v |= T(bytes[offset + k]) << (8 * k) }
    offset += size
    return v
  }
}

extension Array where Element == UInt8 {
  mutating func appendLittleEndian<T: FixedWidthInteger>(_ v: T) {
    var x = v.littleEndian
    Swift.withUnsafeBytes(of: &x) { append(contentsOf: $0) }
  }
}
