/// What a timer does when its deadline comes.
enum TimerAction {
  case callback(@Sendable () -> Void)
  case sleeper(UnsafeContinuation<Void, any Error>)
}
