// People through the admin's People page: invitations by mail, their single-use link also shown to the
// admin (under "If the email does not arrive"), accepted in the browser.
import { orgUrl, settled, signIn } from './app.mjs';

/** The signed-in admin invites someone; returns the invitation link the page shows. */
export async function invite(page, slug, { name, email, role = 'Student' }) {
  await page.goto(orgUrl(slug, '/admin/people'));
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('radio', { name: role }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await settled(page);
  await dialog.getByText('If the email does not arrive').click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

/** Opens an invitation link, chooses the password, and signs in with it on the login page it leads to. */
export async function acceptInvitation(page, link, { email, password }) {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Choose a password' }).fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
  await signIn(page, new URL(link).host.split('.')[0], { email, password });
}
