import Foundation

/// HTML building with everything escaped: article text is untrusted.
enum HTML {
  /// `s` safe inside element content and quoted attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// A query string from parameters, each name and value escaped for a URL.
  static func query(_ items: [(String, String)]) -> String {
    let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
    return items.filter { !$0.1.isEmpty }.map {
      "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
    }.joined(separator: "&")
  }

  /// A whole page: title, navigation, the search box, and the body (already HTML).
  static func page(title: String, body: String, search: String = "") -> String {
    """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title)) · Detente</title>
    <style>\(style)</style>
    </head>
    <body>
    <header>
    <a class="brand" href="/">Detente</a>
    <nav><a href="/articles">Articles</a> <a href="/events">Events</a> <a href="/meetings">Meetings</a> <a href="/timeline?dyad=USA,RUS">Timeline</a></nav>
    <form class="search" action="/events" method="get" role="search">
    <input type="search" name="text" value="\(escape(search))" placeholder="Search sentences" aria-label="Search sentences">
    <button type="submit">Search</button>
    </form>
    </header>
    <main>
    <h1>\(escape(title))</h1>
    \(body)
    </main>
    </body>
    </html>
    """
  }

  static let style = """
    *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1d232a;background:#f6f7f9}
    header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.6rem 1rem;background:#1f3a5f;color:#fff}
    header a{color:#fff;text-decoration:none;margin-right:.8rem}.brand{font-weight:700;font-size:1.2rem}
    .search{display:flex;gap:.3rem;margin-left:auto}.search input{padding:.3rem .5rem;min-width:12rem}
    main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem}
    table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.35rem .5rem;border-bottom:1px solid #e2e5ea;text-align:left;vertical-align:top}
    .sentence{display:flex;flex-wrap:wrap;gap:1rem;background:#fff;margin:.5rem 0;padding:.6rem;border-radius:6px}
    .sentence p{flex:3 1 24rem;margin:0}.sentence ul{flex:2 1 16rem;margin:0;padding-left:1rem;font-size:.9rem}
    mark.actor{background:#d7e9ff}mark.time{background:#fff2b3}mark.place{background:#d9f5dd}mark.trigger{background:#ffd6d6;font-weight:600}
    .filters{display:flex;flex-wrap:wrap;gap:.5rem;background:#fff;padding:.6rem;border-radius:6px}
    .filters label{display:flex;flex-direction:column;font-size:.85rem}
    .meeting{background:#fff;margin:.6rem 0;padding:.6rem;border-radius:6px}.meeting h2{font-size:1.1rem;margin:.2rem 0}.status{font-weight:700}
    .warn{color:#a33}.muted{color:#666;font-size:.9rem}svg{width:100%;height:auto;background:#fff}
    @media (max-width:40rem){.search{margin-left:0;width:100%}.search input{flex:1;min-width:0}td,th{font-size:.85rem}}
    """
}
