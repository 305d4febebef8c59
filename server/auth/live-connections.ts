/**
 * The open sync connections of each share link, so that revoking a link can close them at once.
 * A link revoked while one of its connections was still being authorised is remembered, so that
 * connection is closed as soon as it registers.
 */
export class LiveConnections {
  private readonly byLink = new Map<string, Set<() => void>>();
  private readonly revoked = new Set<string>();

  /** Track a connection opened with `linkId`; `close` ends it. Returns the function that forgets it. */
  register(linkId: string, close: () => void): () => void {
    if (this.revoked.has(linkId)) {
      close();
      return () => {};
    }
    let closers = this.byLink.get(linkId);
    if (!closers) this.byLink.set(linkId, (closers = new Set()));
    closers.add(close);
    return () => {
      closers.delete(close);
      if (closers.size === 0 && this.byLink.get(linkId) === closers) this.byLink.delete(linkId);
    };
  }

  /** Close every connection of `linkId`, now and from now on. Returns how many were open. */
  revoke(linkId: string): number {
    this.revoked.add(linkId);
    const closers = [...(this.byLink.get(linkId) ?? [])];
    this.byLink.delete(linkId);
    for (const close of closers) close();
    return closers.length;
  }

  count(linkId: string): number {
    return this.byLink.get(linkId)?.size ?? 0;
  }
}
