/// Takes an array out of a stage's buffers, emptied, keeping its memory (the caller gives it
/// back). Every stage's scratch buffers are lent this way.
@inline(__always)
func take<T>(_ array: inout [T]) -> [T] {
  var out: [T] = []
  swap(&out, &array)
  out.removeAll(keepingCapacity: true)
  return out
}
