/**
 * Example URLs of every site for the URL matrix test (tests/sites/url-matrix.test.ts): profiles, and pages
 * that are not profiles — look-alike hosts among them. Kept apart from the page sides so that these test
 * hosts (`*.evil.example`) never reach the extension's bundles (tests/e2e/manifest.e2e.ts checks it).
 */
export const siteExamples: Record<string, { profiles: string[]; others: string[] }> = {
  fiverr: {
    profiles: [
      'https://www.fiverr.com/janedoe',
      'https://www.fiverr.com/jane_doe99/build-your-react-website',
      'https://fiverr.com/janedoe?source=gig',
    ],
    others: [
      'https://www.fiverr.com/',
      'https://www.fiverr.com/categories/programming-tech',
      'https://www.fiverr.com/search/gigs?query=react',
      'https://www.fiverr.com/inbox/janedoe',
      'https://www.fiverr.com/janedoe/gig/extra/path',
      'https://www.fiverr.com.evil.example/janedoe',
    ],
  },
  freelancer: {
    profiles: [
      'https://www.freelancer.com/u/janedoe',
      'https://www.freelancer.com/u/Jane_Doe2/',
      'https://freelancer.com/u/janedoe',
      'https://www.freelancer.co.uk/u/janedoe',
      'https://www.freelancer.de/u/janedoe',
      'https://www.fr.freelancer.com/u/janedoe',
    ],
    others: [
      'https://www.freelancer.com/',
      'https://www.freelancer.com/u/',
      'https://www.freelancer.com/projects/php/site-rebuild',
      'https://www.freelancer.com/messages/thread/123',
      'https://www.freelancer.com/u/janedoe/reviews',
      'https://www.freelancer.com.evil.example/u/janedoe',
      'https://www.freelancer.co.uk.evil.example/u/janedoe',
      'https://www.freelancer.co.uk/projects/php/site-rebuild',
    ],
  },
  github: {
    profiles: [
      'https://github.com/octocat',
      'https://github.com/jane-doe/',
      'https://github.com/Dev42?tab=repositories',
    ],
    others: [
      'https://github.com/',
      'https://github.com/octocat/hello-world',
      'https://github.com/settings',
      'https://github.com/orgs/acme/people',
      'https://github.com/-bad-',
      'https://gist.github.com/octocat',
      'https://github.com.evil.example/octocat',
    ],
  },
  guru: {
    profiles: ['https://www.guru.com/freelancers/jane-doe-web-studio'],
    others: [
      'https://www.guru.com/',
      'https://www.guru.com/d/freelancers/',
      'https://www.guru.com/freelancers/jane/portfolio',
    ],
  },
  linkedin: {
    profiles: [
      'https://www.linkedin.com/in/janedoe',
      'https://www.linkedin.com/in/jane-doe-12345/',
      'https://sg.linkedin.com/in/janedoe',
      'https://de.linkedin.com/in/j%C3%BCrgen-m',
      'https://se.linkedin.com/in/jane-doe-sample',
      'https://www.linkedin.com/mwlite/profile/in/janedoe',
    ],
    others: [
      'https://www.linkedin.com/',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/mwlite/feed/',
      'https://www.linkedin.com/in/janedoe/overlay/contact-info/',
      'https://www.linkedin.com/company/microsoft',
      'https://www.linkedin.com/authwall?trk=x',
      'https://www.linkedin.com.evil.example/in/janedoe',
      'https://evil-linkedin.com/in/janedoe',
    ],
  },
  peopleperhour: {
    profiles: ['https://www.peopleperhour.com/freelancer/technology-programming/jane-d-full-stack-developer-zxyvwab'],
    others: [
      'https://www.peopleperhour.com/',
      'https://www.peopleperhour.com/freelancer',
      'https://www.peopleperhour.com/freelance-jobs/technology-programming',
      'https://www.peopleperhour.com/hourlie/build-a-website/123',
    ],
  },
  upwork: {
    profiles: [
      'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718',
      'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718?viewMode=1',
      'https://www.upwork.com/freelancers/janedoe',
      'https://www.upwork.com/fl/janedoe',
    ],
    others: [
      'https://www.upwork.com/',
      'https://www.upwork.com/freelancers/',
      'https://www.upwork.com/freelancers/settings',
      'https://www.upwork.com/nx/search/talent/?q=react',
      'https://www.upwork.com/ab/messages/rooms/room_123',
      'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718/portfolio/x',
      'https://www.upwork.com/freelancers/%E0%A4%A',
      'https://upwork.com.evil.example/freelancers/~01a1b2c3d4e5f60718',
    ],
  },
};
