import CourseKit

enum ProfileError: Error, CustomStringConvertible {
  case invalidID(Int)
  case server(APIError)

  var description: String {
    switch self {
    case .invalidID(let id): "invalid ID \(id)"
    case .server(let error): "\(error)"
    }
  }
}

// Don't write this: a bad ID is reported at once, inline, before
// fetchProfileInline returns; a good one a second later, from the loop.
func fetchProfileInline(
  id: Int,
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, ProfileError>) -> Void
) {
  guard id > 0 else {
    completion(.failure(.invalidID(id)))
    return
  }
  api.fetch("https://api.example.com/profiles/\(id)") { result in
    completion(result.mapError { .server($0) })
  }
}

// Always call back from the loop, even when the answer is known at once.
func fetchProfile(
  id: Int,
  api: RemoteAPI,
  on loop: EventLoop,
  completion: @escaping @Sendable (Result<String, ProfileError>) -> Void
) {
  guard id > 0 else {
    loop.callSoon { completion(.failure(.invalidID(id))) }
    return
  }
  api.fetch("https://api.example.com/profiles/\(id)") { result in
    completion(result.mapError { .server($0) })
  }
}

func askForProfiles(
  inline: Bool,
  api: RemoteAPI,
  loop: EventLoop,
  console: Console
) {
  for id in [7, -1] {
    let report: @Sendable (Result<String, ProfileError>) -> Void = { result in
      switch result {
      case .success(let profile): console.log("profile \(id): \(profile)")
      case .failure(let error): console.log("profile \(id) failed: \(error)")
      }
    }
    if inline {
      fetchProfileInline(id: id, api: api, completion: report)
    } else {
      fetchProfile(id: id, api: api, on: loop, completion: report)
    }
    console.log("asked for profile \(id)")
  }
}
