/** The badge never goes inside a link, button or label of the host page (issue 13, point 1). */
import { describe, expect, it } from 'vitest';
import { outsideControls } from '../lib/content/placement';
import { sitePages } from '../lib/sites/pages';
import { documentFrom, fixture } from './helpers';

describe('badge placement', () => {
  it('goes after the outermost control around the anchor, and stays put where there is none', () => {
    const doc = documentFrom(
      '<h1><a href="/in/x"><span><strong id="name">Sam</strong></span></a></h1><h2 id="plain">Title</h2><label><button><b id="b">x</b></button></label>',
    );
    expect(outsideControls(doc.getElementById('name')!).tagName).toBe('A');
    expect(outsideControls(doc.getElementById('plain')!).id).toBe('plain');
    expect(outsideControls(doc.getElementById('b')!).tagName).toBe('LABEL');
  });

  it('on LinkedIn signed in, where the name sits inside its link, the badge goes after the link', () => {
    const doc = documentFrom(fixture('linkedin/logged-in-2026.html'));
    const linkedin = sitePages.find((s) => s.id === 'linkedin')!;
    const anchor = linkedin.badgeAnchor(doc)!;
    expect(anchor).not.toBeNull();
    // Before this, the badge went right after the anchor — inside the name's link.
    expect(anchor.parentElement?.closest('a')).not.toBeNull();
    const placed = outsideControls(anchor);
    expect(placed.parentElement?.closest('a, button, label, summary')).toBeNull();
  });

  it.each([
    'upwork/visitor-view.html',
    'freelancer/u_user1x1.html',
    'linkedin/guest-dom-2026.html',
    'linkedin/logged-in-2026.html',
    'github/user-hand-written.html',
  ])('on %s the badge is outside every link, button and label', (file) => {
    const doc = documentFrom(fixture(file));
    const anchors = sitePages.map((s) => s.badgeAnchor(doc)).filter((a): a is Element => !!a);
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) expect(outsideControls(a).parentElement?.closest('a, button, label, summary')).toBeNull();
  });
});
