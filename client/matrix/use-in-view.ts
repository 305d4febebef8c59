import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * Whether the element meets the window's viewport, watched while `watching` (an IntersectionObserver,
 * which answers once the page is laid out: a virtualised cell has no height before it is measured).
 */
export function useInView(ref: RefObject<Element | null>, watching: boolean): boolean {
  const [inView, setInView] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!watching || !element) return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setInView(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, watching]);
  return inView;
}
