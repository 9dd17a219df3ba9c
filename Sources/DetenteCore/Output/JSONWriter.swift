/// Writes JSON by hand, in the contract's field order, without Foundation's encoder.
struct JSONWriter {
  var out = ""

  static func escape(_ s: String, into out: inout String) {
    out.append("\"")
    for u in s.unicodeScalars {
      switch u {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\r": out.append("\\r")
      case "\t": out.append("\\t")
      default:
        if u.value < 0x20 {
          let h = String(u.value, radix: 16)
          out.append("\\u" + String(repeating: "0", count: 4 - h.count) + h)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out.append("\"")
  }

  static func number(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(format1(d)) }
    return String(d)
  }
  static func format1(_ d: Double) -> String {
    let i = Int(d)
    return "\(i).0"
  }
}

/// A tiny JSON value builder that keeps key order.
indirect enum JSONValue {
  case string(String)
  case number(Double)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  func write(_ out: inout String) {
    switch self {
    case .string(let s): JSONWriter.escape(s, into: &out)
    case .number(let d): out += JSONWriter.number(d)
    case .int(let i): out += String(i)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let a):
      out += "["
      for (k, v) in a.enumerated() {
        if k > 0 { out += "," }
        v.write(&out)
      }
      out += "]"
    case .object(let o):
      out += "{"
      for (k, (key, v)) in o.enumerated() {
        if k > 0 { out += "," }
        JSONWriter.escape(key, into: &out)
        out += ":"
        v.write(&out)
      }
      out += "}"
    }
  }

  static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
}
