/** Link to edit `filePath` in the repository's web interface (GitHub, GitLab and Gitea share this form). */
export function editUrl(repositoryUrl: string, branch: string, filePath: string): string {
  return `${repositoryUrl.replace(/\/$/u, '')}/edit/${branch}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Reads `git log --format=%x00%cI --name-only` output into the newest commit date of each file.
 * The log lists newest commits first, so the first date seen for a file is its last change.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\u0000').slice(1)) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim()).filter(Boolean);
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}
