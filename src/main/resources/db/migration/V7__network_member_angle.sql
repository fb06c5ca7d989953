-- Where a member stands on the drawn map within its sector (degrees clockwise from the top), so that the editor
-- keeps it where it was put. Null: the editor places it. See docs/network-map-editor.md.
alter table network_member add column angle double precision
    constraint network_member_angle check (angle >= 0 and angle < 360);
