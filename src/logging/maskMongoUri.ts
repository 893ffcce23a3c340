const URI_IN_TEXT = /mongodb(?:\+srv)?:\/\/\S+/g;
/** Greedy: the last "@" followed by something host-like ends the user info, so "/" or "@" in a password stays masked. */
const USER_INFO = /^(mongodb(?:\+srv)?:\/\/)(.*)@([A-Za-z0-9.\-_[\]:,%]*(?:[/?].*)?)$/s;
/** Options whose values are secrets (or hold them, as authMechanismProperties=AWS_SESSION_TOKEN:...). */
const SECRET_OPTION = /pass|secret|token|credential|authmechanismproperties|^key$|keyfile/i;

/**
 * Every MongoDB connection string in a text (a log line, an error message, or the URI alone) with its
 * credentials replaced by ***: the whole user info (user and password, also when the password holds an
 * unencoded / or @) and the values of secret options in the query string (tlsCertificateKeyFilePassword,
 * authMechanismProperties with AWS_SESSION_TOKEN, ...). Hosts, database and other options stay readable.
 */
export function maskMongoUri(text: string): string {
  return text.replace(URI_IN_TEXT, maskOne);
}

function maskOne(uri: string): string {
  const userInfo = USER_INFO.exec(uri);
  const withoutUser = userInfo ? `${userInfo[1]}***@${userInfo[3]}` : uri;
  const queryAt = withoutUser.indexOf('?');
  if (queryAt < 0) return withoutUser;
  const query = withoutUser
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = pair.slice(0, equals);
      return SECRET_OPTION.test(decodeSafely(name)) ? `${name}=***` : pair;
    })
    .join('&');
  return `${withoutUser.slice(0, queryAt)}?${query}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
