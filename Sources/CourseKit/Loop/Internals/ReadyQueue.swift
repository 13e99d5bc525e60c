/// A first-in, first-out queue with O(1) amortised append and removal.
///
/// `Array.removeFirst()` is O(n); a hundred thousand callbacks would make the
/// loop quadratic. This queue keeps a read index instead and compacts the
/// storage once the consumed half is larger than the rest.
struct ReadyQueue<Element> {
  private var storage: [Element] = []
  private var head = 0

  var count: Int { storage.count - head }

  mutating func append(_ element: Element) {
    storage.append(element)
  }

  mutating func popFirst() -> Element? {
    guard head < storage.count else { return nil }
    let element = storage[head]
    head += 1
    if head > 1024, head * 2 > storage.count {
      storage.removeFirst(head)
      head = 0
    }
    return element
  }
}
