import Foundation

/// Where the library's bundled files are: the resources folder next to the running program
/// (symbolic links followed), then the source tree the library was built from.
enum BundledResources {
  /// The folder SwiftPM puts the library's resources in, next to the program.
  static let resourcesName = "Detente_DetenteCore.resources"

  /// The places a resource folder (`Lexicon`, `Parser`) may be, in the order they are tried.
  static func candidates(folder: String) -> [URL] {
    var out: [URL] = []
    // (Not `Bundle.module`: it stops the program when the folder is missing.)
    var programs = [Bundle.main.bundleURL]
    if let exe = Bundle.main.executableURL {
      programs.append(exe.resolvingSymlinksInPath().deletingLastPathComponent())
    }
    for dir in programs {
      let url = dir.appendingPathComponent(resourcesName).appendingPathComponent(folder)
      if !out.contains(url) { out.append(url) }
      #if canImport(Darwin)
        // (On Apple systems the resources are a bundle.)
        let bundle = resourcesName.replacingOccurrences(of: ".resources", with: ".bundle")
        if let b = Bundle(url: dir.appendingPathComponent(bundle)),
          let url = b.url(forResource: folder, withExtension: nil), !out.contains(url)
        {
          out.append(url)
        }
      #endif
    }
    out.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources").appendingPathComponent(folder))
    return out
  }
}
