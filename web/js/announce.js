// The ARIA live regions: new client lines and feedback are read out without moving focus.

export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region || !message) return;
  const line = document.createElement('p');
  line.textContent = message;
  region.append(line);
  while (region.childElementCount > 6) region.firstElementChild.remove();
}

export function alertMessage(message) {
  const region = document.getElementById('alerts');
  if (!region) return;
  region.textContent = '';
  // A tick later, so a repeated message is announced again.
  setTimeout(() => { region.textContent = message; }, 50);
}
