/**
 * The open sockets (graphql-ws and socket.io) of each session on this instance, so that a
 * session that ends — signed out, revoked, idle or expired — has its sockets closed at once.
 */
export class LiveSockets {
  readonly #bySession = new Map<string, Set<() => void>>();

  /** Registers a socket's close function; returns the function to call when the socket closes by itself. */
  add(sessionId: string, close: () => void): () => void {
    let closers = this.#bySession.get(sessionId);
    if (!closers) {
      closers = new Set();
      this.#bySession.set(sessionId, closers);
    }
    closers.add(close);
    return () => {
      closers.delete(close);
      if (closers.size === 0) this.#bySession.delete(sessionId);
    };
  }

  /** Closes every socket of the session on this instance. */
  closeSession(sessionId: string): void {
    const closers = this.#bySession.get(sessionId);
    if (!closers) return;
    this.#bySession.delete(sessionId);
    for (const close of closers) close();
  }

  /** Closes the sockets of every session `isLive` no longer accepts. */
  async sweep(isLive: (sessionId: string) => Promise<boolean>): Promise<void> {
    for (const sessionId of [...this.#bySession.keys()]) {
      if (!(await isLive(sessionId))) this.closeSession(sessionId);
    }
  }

  get sessionCount(): number {
    return this.#bySession.size;
  }
}
