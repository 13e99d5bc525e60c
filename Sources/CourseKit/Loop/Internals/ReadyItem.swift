/// One unit of work the loop can run now.
enum ReadyItem {
  case callback(@Sendable () -> Void)
  case job(UnownedJob)
}
