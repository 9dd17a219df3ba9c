import Foundation

/// A run of whole lines of a JSON Lines file, by its bytes: what the work queue records so that
/// any worker can read one block of a large file without reading the rest.
public struct FileBlock: Sendable, Hashable {
  /// The first byte of the block, and the byte after its last.
  public var firstByte: Int
  public var endByte: Int
  /// The line the block begins on (1 for the first).
  public var firstLine: Int

  public init(firstByte: Int, endByte: Int, firstLine: Int) {
    self.firstByte = firstByte
    self.endByte = endByte
    self.firstLine = firstLine
  }

  /// The blocks of a JSON Lines file, each about `size` bytes and ending on a line break (the
  /// last at the file's end); no blocks for an empty file.
  public static func blocks(ofFile path: String, size: Int = 1 << 18) throws -> [FileBlock] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    defer { try? handle.close() }
    var blocks: [FileBlock] = []
    var start = 0
    var startLine = 1
    var offset = 0
    var line = 1
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      for b in chunk {
        offset += 1
        guard b == 0x0A else { continue }
        line += 1
        if offset - start >= size {
          blocks.append(FileBlock(firstByte: start, endByte: offset, firstLine: startLine))
          start = offset
          startLine = line
        }
      }
    }
    if offset > start {
      blocks.append(FileBlock(firstByte: start, endByte: offset, firstLine: startLine))
    }
    return blocks
  }

  /// The block's bytes as a piece of input (see `InputPieces`).
  public func piece(ofFile path: String) throws -> InputPiece {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    defer { try? handle.close() }
    try handle.seek(toOffset: UInt64(firstByte))
    let bytes = try handle.read(upToCount: endByte - firstByte) ?? Data()
    guard bytes.count == endByte - firstByte else {
      throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
    }
    return InputPiece(path: path, content: .lines(Array(bytes), firstLine: firstLine))
  }
}
